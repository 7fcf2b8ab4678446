# Sitenin arayüzü ve sayfaların kurulduğu cümle kalıpları (Türkçe).

## Arayüz

site-name = Yanıt Kodları
site-tagline = Protokol yanıt kodlarının ne anlama geldiği, birbirinden nasıl ayrıldığı ve karşılaştığınızda ne yapmanız gerektiği.
skip-link = İçeriğe geç
nav-breadcrumb = Sayfa yolu
nav-languages = Diğer diller
nav-home = Ana sayfa
footer-note = Bu site, her sayfada anılan RFC'lere dayanarak codesite ile üretildi. Örneklerdeki yanıt metinleri yalnızca örnektir; her sunucu bunları kendi sözcükleriyle yazar.
footer-about = Bir yanıt nasıl okunur

## Dil seçimi (sitenin kök sayfası)

chooser-choose = Siteyi Türkçe okuyun

## Dilin ana sayfası

home-title = Protokol yanıt kodları, açıklamalarıyla
home-intro = Her kodun kendi sayfası var: RFC'lere göre ne anlama geldiği, ne zaman karşınıza çıktığı ve ne yapmanız gerektiği. İstediğiniz iki kodu yan yana karşılaştırabilirsiniz.
home-catalog-count = { $count ->
    [one] { $count } kod
   *[other] { $count } kod
}
home-about-title = Yanıt kodlarında yeni misiniz?
home-about-text = Üç basamağı, geçici ve kalıcı hataları ve genişletilmiş durum kodlarını anlatan kısa bir kılavuzla başlayın.

## Katalog dizini

catalog-count = Bu katalog, ilk basamaklarına göre gruplanmış { $count ->
    [one] { $count } kodu
   *[other] { $count } kodu
} anlatıyor.
catalog-class-heading = { $class ->
    [1] 1yz: olumlu ön yanıt
    [2] 2yz: olumlu tamamlanma
    [3] 3yz: olumlu ara yanıt
    [4] 4yz: geçici olumsuz tamamlanma
   *[5] 5yz: kalıcı olumsuz tamamlanma
}
catalog-class-text = { $class ->
    [1] Sunucu komutu kabul etti, ancak işleme geçmeden önce onay bekliyor.
    [2] Sunucu isteği yerine getirdi; istemci bir sonraki komutla devam edebilir.
    [3] Sunucu komutu kabul etti ve isteği tamamlamak için istemciden devamını bekliyor.
    [4] İstek bu sefer başarısız oldu, ancak aynı istek daha sonra başarılı olabilir; istemcinin yeniden denemesi beklenir.
   *[5] İstek başarısız oldu ve hiçbir şey değiştirilmeden yinelenirse yine başarısız olur; önce bir şeyin düzeltilmesi gerekir.
}
catalog-deprecated = kullanımdan kalktı

## Bul ve karşılaştır (katalog dizininde; yalnızca tarayıcı JavaScript çalıştırdığında görünür)

find-label = Kod bul
find-hint = Kodları bulmak için rakam yazın (55 yazınca 550 ile 556 arası gelir) ya da bir adın veya açıklamanın içinden sözcükler yazın.
find-count = { $count ->
    [one] Bir kod eşleşiyor.
   *[other] { $count } kod eşleşiyor.
}
find-none = Eşleşen kod yok. Daha az harf ya da başka sözcükler deneyin.
compare-heading = İki kodu karşılaştır
compare-first = Birinci kod
compare-second = İkinci kod
compare-go = Karşılaştır
compare-same = Birbirinden farklı iki kod seçin.

## Kod sayfası

code-title = { $label } { $code } { $name }
code-facts = Bir bakışta
code-class = Sınıf
code-category = İkinci basamak
code-defined-in = Tanımlandığı yer
code-returned-by = Döndüren
code-on-connect = bağlantı açıldığında sunucunun karşılama yanıtı
code-any-command = sunucu reddetmek ya da kapanmak zorunda kaldığında herhangi bir komut
code-enhanced = Genişletilmiş durum kodları
code-enhanced-none = Yok: RFC 2034 bu yanıtta genişletilmiş durum koduna izin vermez.
code-retry = Yeniden deneme
retry-summary = { $retry ->
    [none] Yeniden denenecek bir şey yok: istek başarılı oldu.
    [continue] Bu bir hata değil: istemci aynı isteğin bir sonraki adımıyla devam eder.
    [later] Geçici: istemci iletiyi saklar ve daha sonra yeniden dener.
    [depends] Kalıcı, tek bir istisnayla: çok fazla alıcı anlamına geldiğinde istemci bunu geçici sayar.
   *[never] Kalıcı: bir şey değiştirilene kadar aynı istek yine başarısız olur.
}
code-deprecated = Kullanımdan kalktı. Bu kod yalnızca eski yanıtlar anlaşılabilsin diye tutuluyor; yeni sunucular bu kodu göndermemelidir.
code-description = Ne anlama gelir
code-when = Ne zaman görürsünüz
code-fix = Ne yapmalı
code-example = Örnek oturum
code-example-note = C: ile başlayan satırları istemci, S: ile başlayan satırları sunucu gönderir.
code-related = Sık karşılaştırıldığı kodlar
code-compare = { $code } kodunu { $count ->
    [one] öteki kodla
   *[other] öteki { $count } koddan herhangi biriyle
} karşılaştırın
code-link = { $code } { $name }

## Karşılaştırma sayfası

pair-title = { $label } { $a } { $nameA } ile { $b } { $nameB } karşılaştırması
pair-summary = { $label } { $a } ile { $b } arasındaki farklar: sınıf, yeniden deneme, oturumda nerede göründükleri ve kimin harekete geçmesi gerektiği.
pair-intro = { $same ->
    [yes] { $a } ({ $nameA }) ve { $b } ({ $nameB }) kodlarının ikisi de { $classA ->
        [1] olumlu ön yanıttır
        [2] olumlu tamamlanma yanıtıdır
        [3] olumlu ara yanıttır
        [4] geçici olumsuz tamamlanma yanıtıdır
       *[5] kalıcı olumsuz tamamlanma yanıtıdır
    }, ancak farklı durumlara karşılık gelirler.
   *[no] { $a } ({ $nameA }) { $classA ->
        [1] olumlu bir ön yanıttır
        [2] olumlu bir tamamlanma yanıtıdır
        [3] olumlu bir ara yanıttır
        [4] geçici bir olumsuz tamamlanma yanıtıdır
       *[5] kalıcı bir olumsuz tamamlanma yanıtıdır
    }; { $b } ({ $nameB }) ise { $classB ->
        [1] olumlu bir ön yanıttır.
        [2] olumlu bir tamamlanma yanıtıdır.
        [3] olumlu bir ara yanıttır.
        [4] geçici bir olumsuz tamamlanma yanıtıdır.
       *[5] kalıcı bir olumsuz tamamlanma yanıtıdır.
    }
}
pair-differences = Temel farklar
pair-diff-class = { $same ->
    [yes] İkisinin de ilk basamağı { $classA }; bu yüzden istemci ikisine aynı biçimde davranır: { $classA ->
        [1] devam etmeden önce bekler.
        [2] istek başarılı oldu ve devam eder.
        [3] sunucunun istediği bir sonraki parçayı gönderir.
        [4] hata geçicidir ve yeniden dener.
       *[5] hata kalıcıdır ve isteğin değişmesi gerekir.
    }
   *[no] { $a } kodunun ilk basamağı { $classA }, { $b } kodununki ise { $classB }: { $classA ->
        [1] birincisi istemciden yalnızca beklemesini ister
        [2] birincisi başarı demektir
        [3] birincisi istemciden devamını ister
        [4] birincisi geçici bir hatadır
       *[5] birincisi kalıcı bir hatadır
    }, { $classB ->
        [1] ikincisi istemciden yalnızca beklemesini ister.
        [2] ikincisi başarı demektir.
        [3] ikincisi istemciden devamını ister.
        [4] ikincisi geçici bir hatadır.
       *[5] ikincisi kalıcı bir hatadır.
    }
}
pair-diff-retry = { $same ->
    [yes] { $retryA ->
        [none] İkisi de yeniden denenmez: ikisi de başarıyı bildirir.
        [continue] İkisi de yeniden denenmez: ikisi de istemciden aynı isteğe devam etmesini ister.
        [later] İkisi de yeniden denenir: istemci iletiyi kuyruğunda tutar ve daha sonra yeniden dener.
        [depends] İkisi de normalde yeniden denenmez; ikisinde de ortak olan çok fazla alıcı durumu bunun dışındadır.
       *[never] İkisi de değiştirilmeden yeniden denenmemelidir: bir şey düzeltilene kadar ikisi de yine başarısız olur.
    }
   *[no] { $a }: { $retryA ->
        [none] yeniden denenecek bir şey yok, istek başarılı oldu.
        [continue] yeniden deneme yok, istemci bir sonraki adımla devam eder.
        [later] istemci iletiyi saklar ve daha sonra yeniden dener.
        [depends] kalıcıdır, ancak çok fazla alıcı anlamına geldiğinde geçici sayılır.
       *[never] değiştirmeden yeniden denemeyin, yine başarısız olur.
    } { $b }: { $retryB ->
        [none] yeniden denenecek bir şey yok, istek başarılı oldu.
        [continue] yeniden deneme yok, istemci bir sonraki adımla devam eder.
        [later] istemci iletiyi saklar ve daha sonra yeniden dener.
        [depends] kalıcıdır, ancak çok fazla alıcı anlamına geldiğinde geçici sayılır.
       *[never] değiştirmeden yeniden denemeyin, yine başarısız olur.
    }
}
pair-diff-category-same = { $code } kodunun ikinci basamağı da { $digit }; bu yüzden aynı kategoriye girer.
pair-diff-actor = { $same ->
    [yes] { $actorA ->
        [none] İkisinde de kimsenin bir şey yapması gerekmez: her şey olması gerektiği gibi çalışıyor.
        [client] İkisinde de istemci yazılımının, ya da onun bakımını yapanın, gönderdiğini değiştirmesi gerekir.
        [sender] İkisinde de göndericinin adresi ya da iletiyi düzeltmesi gerekir.
        [user] İkisinde de kullanıcının kimlik doğrulama biçimini düzeltmesi gerekir.
        [admin] İkisinde de nedeni giderebilecek kişi alıcı sunucunun yöneticisidir.
       *[recipient] İkisinde de neden alıcının posta kutusundadır.
    }
   *[no] { $a } için kim harekete geçer: { $actorA ->
        [none] kimse, her şey olması gerektiği gibi çalışıyor.
        [client] istemci yazılımı ya da onun bakımını yapan.
        [sender] gönderici, adresi ya da iletiyi düzelterek.
        [user] kullanıcı, kimlik doğrulama biçimini düzelterek.
        [admin] alıcı sunucunun yöneticisi.
       *[recipient] alıcı; neden onun posta kutusunda.
    } { $b } için: { $actorB ->
        [none] kimse, her şey olması gerektiği gibi çalışıyor.
        [client] istemci yazılımı ya da onun bakımını yapan.
        [sender] gönderici, adresi ya da iletiyi düzelterek.
        [user] kullanıcı, kimlik doğrulama biçimini düzelterek.
        [admin] alıcı sunucunun yöneticisi.
       *[recipient] alıcı; neden onun posta kutusunda.
    }
}
pair-guide = Hangisi sizin durumunuza uyuyor
pair-guide-intro = Posta günlüğünüzde ya da geri dönen iletide, sunucu yanıtının başındaki üç basamağı bulun ve o kodun satırını okuyun.
pair-guide-line = { $actor ->
    [none] { $code } aldıysanız her şey yolunda: { $retry ->
        [continue] sunucu isteğin bir sonraki parçasını bekliyor.
       *[other] sunucu isteneni yaptı.
    }
    [client] { $code } aldıysanız istemciye bakın: sunucunun kabul edemediği bir şey gönderdi, yani yapılandırmasının ya da kodunun değişmesi gerekiyor.
    [sender] { $code } aldıysanız gönderdiğiniz iletiye bakın: yeniden göndermeden önce bir adresin ya da içeriğin düzeltilmesi gerekiyor.
    [user] { $code } aldıysanız nasıl oturum açtığınıza bakın: kimlik bilgileri, kimlik doğrulama yöntemi ya da bağlantının şifrelenmesi.
    [admin] { $code } aldıysanız { $retry ->
        [later] bekleyin: istemci yeniden deneyecek; yanıt sürerse alıcı sunucunun yöneticisinin sorunla ilgilenmesi gerekir.
       *[other] alıcı sunucunun yöneticisinin harekete geçmesi gerekir; gönderici olarak onlarla iletişime geçin ya da başka bir yol kullanın.
    }
   *[recipient] { $code } aldıysanız neden alıcının posta kutusunda: alıcıya başka bir yoldan haber verin ya da daha sonra yeniden deneyin.
}
pair-codes = İki kod ayrıntılı olarak
pair-open-code = { $code } sayfası
pair-related = İlgili karşılaştırmalar
pair-link = { $a } { $nameA } ile { $b } { $nameB }

## Bulunamadı sayfası

notfound-title = Sayfa bulunamadı
notfound-text = Bu adreste bir sayfa yok. Sayfa taşınmış ya da bağlantı yanlış yazılmış olabilir.
notfound-home = Ana sayfaya git

## Hakkında sayfası

about-link = Bir yanıt nasıl okunur
