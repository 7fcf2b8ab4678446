## SMTP yanıt kodları: Türkçe.
## Olgular RFC 5321'e ve content/smtp/catalog.toml içinde anılan eklenti RFC'lerine dayanır.
## Terimler için locales/tr/ui.ftl başındaki sözlüğe (Glossary) uyun.

smtp-name = SMTP yanıt kodları
smtp-intro = Bir SMTP sunucusu her komuta üç basamaklı bir yanıt koduyla ve ardından insanlar için yazılmış bir metinle karşılık verir. İlk basamak, istemciye komutun başarılı olup olmadığını, daha fazla girdi gerektirip gerektirmediğini, şimdilik mi yoksa kalıcı olarak mı başarısız olduğunu söyler; diğer iki basamak nedeni daraltır. Bu katalog, standartlar yolundaki RFC'lerin tanımladığı 38 kodu anlatır: her birinin ne anlama geldiğini, ne zaman göründüğünü ve karşılaştığınızda ne yapmanız gerektiğini.

## Karşılaştırma sayfaları

smtp-guide = Posta günlüğünüzde ya da geri dönen iletide, sunucu yanıtının başındaki üç basamağı bulun ve o kodun satırını okuyun.
# "Hangisi sizin durumunuza uyuyor" altında her kod için bir satır. $code, $name: kod ve adı;
# kodun her olgusu da bir değişkendir ($retry, $actor, $class, ...).
smtp-guide-line = { $retry ->
    [continue] { $code } aldıysanız bir sorun yok: sunucu isteğin bir sonraki parçasına hazır, istemci de devam edip onu gönderir.
   *[other] { $actor ->
        [nobody] { $code } aldıysanız ters giden bir şey yok ve kimsenin bir şeyi değiştirmesi gerekmiyor.
        [client] { $code } aldıysanız istemciye bakın: sunucunun kabul edemediği bir şey gönderdi, yani yapılandırmasının ya da kodunun değişmesi gerekiyor.
        [sender] { $code } aldıysanız gönderdiğiniz iletiye bakın: yeniden göndermeden önce bir adresin ya da içeriğin düzeltilmesi gerekiyor.
        [user] { $code } aldıysanız nasıl oturum açtığınıza bakın: kimlik bilgileri, kimlik doğrulama yöntemi ya da bağlantının şifrelenmesi.
        [admin] { $code } aldıysanız { $retry ->
            [later] bekleyin: istemci yeniden deneyecek; yanıt sürerse alıcı sunucunun yöneticisinin sorunla ilgilenmesi gerekir.
           *[other] alıcı sunucunun yöneticisinin harekete geçmesi gerekir; gönderici olarak onlarla iletişime geçin ya da başka bir yol kullanın.
        }
       *[recipient] { $retry ->
            [depends] { $code } aldıysanız alıcı taraftaki bir sınıra takıldınız; hangisi olduğunu yanıtın metni söyler: ileti çok büyükse küçültün; posta kutusu doluysa alıcıya başka bir yoldan haber verin; alıcı sayısı fazlaysa istemci diğer alıcılara sonraki bir işlemde gönderir.
           *[other] { $code } aldıysanız neden alıcının posta kutusunda: { $retry ->
                [later] istemci daha sonra yeniden dener; yanıt sürerse alıcıya başka bir yoldan haber verin.
               *[other] aynı iletiyi yeniden göndermek işe yaramaz, bu yüzden alıcıya başka bir yoldan haber verin.
            }
        }
    }
}

## Olgular. Her olgunun bir adı vardır; bir seçimin her değerinin de bir adı vardır (.about ile
## ne anlama geldiği); karşılaştırılan bir olgunun, onda ayrılan iki kod için (-differ), onu
## paylaşan iki kod için (-same) ya da yalnızca birinde bulunduğu durum için (-only) cümleleri
## vardır. Değişkenler: $a, $b, kodlar; $valueA, $valueB, değerleri (seçiciler bunlara göre
## seçer); $labelA, $labelB, değerlerin adları; -same için $value ve $label; -only için $code
## (olgunun bulunduğu kod) ve $other.

smtp-class = Sınıf
smtp-class-2 = 2yz: olumlu tamamlanma
    .about = Sunucu isteği yerine getirdi; istemci bir sonraki komutla devam edebilir.
smtp-class-3 = 3yz: olumlu ara yanıt
    .about = Sunucu komutu kabul etti ve isteği tamamlamak için istemciden devamını bekliyor.
smtp-class-4 = 4yz: geçici olumsuz tamamlanma
    .about = İstek bu sefer başarısız oldu, ancak aynı istek daha sonra başarılı olabilir; istemcinin yeniden denemesi beklenir.
smtp-class-5 = 5yz: kalıcı olumsuz tamamlanma
    .about = İstek başarısız oldu ve hiçbir şey değiştirilmeden yinelenirse yine başarısız olur; önce bir şeyin düzeltilmesi gerekir.
smtp-class-differ = { $a } kodunun ilk basamağı { $valueA }, { $b } kodununki ise { $valueB }: { $valueA ->
    [2] birincisi başarı demektir
    [3] birincisi istemciden devamını ister
    [4] birincisi geçici olumsuz bir yanıttır
   *[5] birincisi kalıcı bir hatadır
}, { $valueB ->
    [2] ikincisi başarı demektir.
    [3] ikincisi istemciden devamını ister.
    [4] ikincisi geçici olumsuz bir yanıttır.
   *[5] ikincisi kalıcı bir hatadır.
}
smtp-class-same = İkisinin de ilk basamağı { $value }; bu yüzden istemci ikisine aynı biçimde davranır: { $value ->
    [2] istek başarılı oldu ve istemci devam eder.
    [3] istemci, sunucunun istediği bir sonraki parçayı gönderir.
    [4] istek bu sefer başarılı olmadı ve aynı istek daha sonra başarılı olabilir.
   *[5] hata kalıcıdır ve isteğin değişmesi gerekir.
}

smtp-category = İkinci basamak
smtp-category-0 = 0, sözdizimi
    .about = Sözdizimi hataları, başka hiçbir kategoriye girmeyen doğru komutlar ve uygulanmamış ya da gereksiz komutlar.
smtp-category-1 = 1, bilgi
    .about = Durum ya da yardım gibi bilgi isteklerine verilen yanıtlar.
smtp-category-2 = 2, bağlantı
    .about = İletim kanalının kendisiyle ilgili yanıtlar.
smtp-category-3 = 3, kategori yok
    .about = RFC 5321 bu basamak için bir kategori tanımlamaz; dolayısıyla basamak, kodun kendisinin ötesinde bir şey söylemez.
smtp-category-4 = 4, kategori yok
    .about = RFC 5321 bu basamak için bir kategori tanımlamaz; dolayısıyla basamak, kodun kendisinin ötesinde bir şey söylemez.
smtp-category-5 = 5, posta sistemi
    .about = İstenen aktarım ya da başka bir işlem için alıcı posta sisteminin durumuyla ilgili yanıtlar.
smtp-category-differ = { $a } kodunun ikinci basamağı { $valueA }, { $valueA ->
    [0] yani sözdizimi kategorisi
    [1] yani bilgi kategorisi
    [2] yani bağlantı kategorisi
    [5] yani posta sistemi kategorisi
   *[other] yani RFC 5321'in kategori tanımlamadığı bir basamak
}; { $b } kodununki ise { $valueB }, { $valueB ->
    [0] yani sözdizimi kategorisi.
    [1] yani bilgi kategorisi.
    [2] yani bağlantı kategorisi.
    [5] yani posta sistemi kategorisi.
   *[other] yani RFC 5321'in kategori tanımlamadığı bir basamak.
}
smtp-category-same = İkisinin de ikinci basamağı { $value }: { $value ->
    [0] ikisi de sözdizimi kategorisindedir.
    [1] ikisi de bilgi kategorisindedir.
    [2] ikisi de bağlantı kategorisindedir.
    [5] ikisi de posta sistemi kategorisindedir.
   *[other] RFC 5321 bu basamak için bir kategori tanımlamaz, dolayısıyla basamak ikisi hakkında da başka bir şey söylemez.
}

smtp-retry = Yeniden deneme
smtp-retry-success = Yeniden denenecek bir şey yok: istek başarılı oldu.
smtp-retry-continue = Bu bir hata değil: istemci aynı isteğin bir sonraki adımıyla devam eder.
smtp-retry-later = Geçici: aynı istek daha sonra başarılı olabilir, bu yüzden istemci onu yeniden dener.
smtp-retry-never = Kalıcı: bir şey değiştirilene kadar aynı istek yine başarısız olur.
smtp-retry-depends = Kalıcı, tek bir istisnayla: çok fazla alıcı anlamına geldiğinde istemci bunu geçici sayar.
smtp-retry-differ = { $a }: { $valueA ->
    [success] yeniden denenecek bir şey yok, istek başarılı oldu.
    [continue] yeniden deneme yok, istemci bir sonraki adımla devam eder.
    [later] geçicidir, istemci aynı isteği daha sonra yeniden dener.
    [depends] kalıcıdır, ancak çok fazla alıcı anlamına geldiğinde geçici sayılır.
   *[never] değiştirmeden yeniden denemeyin, yine başarısız olur.
} { $b }: { $valueB ->
    [success] yeniden denenecek bir şey yok, istek başarılı oldu.
    [continue] yeniden deneme yok, istemci bir sonraki adımla devam eder.
    [later] geçicidir, istemci aynı isteği daha sonra yeniden dener.
    [depends] kalıcıdır, ancak çok fazla alıcı anlamına geldiğinde geçici sayılır.
   *[never] değiştirmeden yeniden denemeyin, yine başarısız olur.
}
smtp-retry-same = { $value ->
    [success] İkisi de yeniden denenmez: ikisi de başarıyı bildirir.
    [continue] İkisi de yeniden denenmez: ikisi de istemciden aynı isteğe devam etmesini ister.
    [later] İkisi de geçicidir: istemci aynı isteği daha sonra yeniden dener.
    [depends] İkisi de normalde yeniden denenmez; ikisinde de ortak olan çok fazla alıcı durumu bunun dışındadır.
   *[never] İkisi de değiştirilmeden yeniden denenmemelidir: bir şey düzeltilene kadar ikisi de yine başarısız olur.
}

smtp-actor = Kimin harekete geçmesi gerekir
smtp-actor-nobody = Kimse: her şey olması gerektiği gibi çalışıyor.
smtp-actor-client = İstemci yazılımı ya da onun bakımını yapan.
smtp-actor-sender = Gönderici, adresi ya da iletiyi düzelterek.
smtp-actor-user = Kullanıcı, kimlik doğrulama biçimini düzelterek.
smtp-actor-admin = Alıcı sunucunun yöneticisi.
smtp-actor-recipient = Alıcı; neden onun posta kutusunda.
smtp-actor-differ = { $a } için kim harekete geçer: { $valueA ->
    [nobody] kimse, her şey olması gerektiği gibi çalışıyor.
    [client] istemci yazılımı ya da onun bakımını yapan.
    [sender] gönderici, adresi ya da iletiyi düzelterek.
    [user] kullanıcı, kimlik doğrulama biçimini düzelterek.
    [admin] alıcı sunucunun yöneticisi.
   *[recipient] alıcı; neden onun posta kutusunda.
} { $b } için: { $valueB ->
    [nobody] kimse, her şey olması gerektiği gibi çalışıyor.
    [client] istemci yazılımı ya da onun bakımını yapan.
    [sender] gönderici, adresi ya da iletiyi düzelterek.
    [user] kullanıcı, kimlik doğrulama biçimini düzelterek.
    [admin] alıcı sunucunun yöneticisi.
   *[recipient] alıcı; neden onun posta kutusunda.
}
smtp-actor-same = { $value ->
    [nobody] İkisinde de kimsenin bir şey yapması gerekmez: her şey olması gerektiği gibi çalışıyor.
    [client] İkisinde de istemci yazılımının, ya da onun bakımını yapanın, gönderdiğini değiştirmesi gerekir.
    [sender] İkisinde de göndericinin adresi ya da iletiyi düzeltmesi gerekir.
    [user] İkisinde de kullanıcının kimlik doğrulama biçimini düzeltmesi gerekir.
    [admin] İkisinde de nedeni giderebilecek kişi alıcı sunucunun yöneticisidir.
   *[recipient] İkisinde de neden alıcının posta kutusundadır.
}

smtp-stage = Göründüğü yer
smtp-stage-connect = Oturumun açılışı
    .about = Bir istemci bağlandığında sunucunun verdiği ilk yanıt.
smtp-stage-hello = Selamlama
    .about = İstemcinin gönderdiği `EHLO` ya da `HELO` komutuna verilen yanıt.
smtp-stage-tls = TLS'ye geçiş
    .about = Sunucudan bağlantıyı TLS'ye geçirmesini isteyen `STARTTLS` komutuna verilen yanıt.
smtp-stage-auth = Kimlik doğrulama
    .about = `AUTH` komutuna ya da istemcinin bu alışveriş içinde gönderdiği bir yanıta verilen yanıt.
smtp-stage-envelope = Zarf
    .about = Zarf oluşturulurken `MAIL FROM` ya da `RCPT TO` komutuna verilen yanıt.
smtp-stage-data = İleti aktarımı
    .about = `DATA` ya da `BDAT` komutuna verilen ya da ileti `<CRLF>.<CRLF>` ile bittikten sonra gelen yanıt.
smtp-stage-query = Sorgular ve bakım
    .about = `VRFY`, `EXPN`, `HELP`, `NOOP` ya da `RSET` komutuna verilen yanıt.
smtp-stage-quit = Oturumun sonu
    .about = `QUIT` komutuna verilen yanıt.
smtp-stage-queue = Tutulan postanın teslimatı
    .about = Sunucudan bir ana bilgisayar için tuttuğu postayı teslim etmeye başlamasını isteyen `ETRN` komutuna ya da İsteğe Bağlı Posta Aktarımında (ODMR) sunucudan bağlantının yönünü tersine çevirip teslim etmesini isteyen `ATRN` komutuna verilen yanıt.
smtp-stage-any = Herhangi bir anda
    .about = Tek bir adıma bağlı değildir: sunucu onu oturumun herhangi bir anında, pek çok farklı komuta yanıt olarak gönderebilir.
smtp-stage-differ = { $valueA ->
    [connect] { $a }, bir istemci bağlandığında sunucunun verdiği ilk yanıttır
    [hello] { $a }, istemcinin `EHLO` ya da `HELO` komutuna verilen yanıttır
    [tls] { $a }, `STARTTLS` komutuna verilen yanıttır
    [auth] { $a } kimlik doğrulama sırasında görünür
    [envelope] { $a } zarf oluşturulurken, `MAIL FROM` ya da `RCPT TO` komutundan sonra görünür
    [data] { $a } ileti aktarımı sırasında görünür
    [query] { $a }, bir sorgu ya da bakım komutuna verilen yanıttır
    [quit] { $a }, `QUIT` komutuna verilen yanıttır
    [queue] { $a }, sunucunun kendisi için tuttuğu postayı isteyen bir istemciye verilen yanıttır
   *[any] { $a } oturumun herhangi bir anında gelebilir
}; { $valueB ->
    [connect] { $b } ise bir istemci bağlandığında sunucunun verdiği ilk yanıttır.
    [hello] { $b } ise istemcinin `EHLO` ya da `HELO` komutuna verilen yanıttır.
    [tls] { $b } ise `STARTTLS` komutuna verilen yanıttır.
    [auth] { $b } ise kimlik doğrulama sırasında görünür.
    [envelope] { $b } ise zarf oluşturulurken, `MAIL FROM` ya da `RCPT TO` komutundan sonra görünür.
    [data] { $b } ise ileti aktarımı sırasında görünür.
    [query] { $b } ise bir sorgu ya da bakım komutuna verilen yanıttır.
    [quit] { $b } ise `QUIT` komutuna verilen yanıttır.
    [queue] { $b } ise sunucunun kendisi için tuttuğu postayı isteyen bir istemciye verilen yanıttır.
   *[any] { $b } ise oturumun herhangi bir anında gelebilir.
}
smtp-stage-same = { $value ->
    [connect] { $a } ve { $b }, ikisi de oturumun en başında, bir istemci bağlandığında sunucunun ilk yanıtı olarak görünür.
    [hello] { $a } ve { $b }, ikisi de istemcinin `EHLO` ya da `HELO` selamlamasına verilen yanıtlardır.
    [tls] { $a } ve { $b }, ikisi de sunucudan bağlantıyı TLS'ye geçirmesini isteyen `STARTTLS` komutuna verilen yanıtlardır.
    [auth] { $a } ve { $b }, ikisi de kimlik doğrulama sırasında, `AUTH` komutuna ya da istemcinin bu alışveriş içinde gönderdiği bir yanıta karşılık görünür.
    [envelope] { $a } ve { $b }, ikisi de zarf oluşturulurken, `MAIL FROM` ya da `RCPT TO` komutuna yanıt olarak görünür.
    [data] { $a } ve { $b }, ikisi de ileti aktarımı sırasında, `DATA` ya da `BDAT` komutuna yanıt olarak veya ileti `<CRLF>.<CRLF>` ile bittikten sonra görünür.
    [query] { $a } ve { $b }, ikisi de `VRFY`, `EXPN`, `HELP`, `NOOP` ya da `RSET` gibi sorgu ve bakım komutlarına verilen yanıtlardır.
    [quit] { $a } ve { $b }, ikisi de oturumun sonunda `QUIT` komutuna verilen yanıtlardır.
    [queue] { $a } ve { $b }, ikisi de `ETRN` ile ya da İsteğe Bağlı Posta Aktarımında (ODMR) `ATRN` ile yapılan, sunucunun istemci için tuttuğu postayı teslim etme isteğine verilen yanıtlardır.
   *[any] { $a } ve { $b }, ikisi de oturumun herhangi bir anında, pek çok farklı komuta yanıt olarak gelebilir.
}

smtp-greeting = Karşılama olarak gönderilir
    .note = Sunucu bu kodu, bir bağlantı açıldığında ilk yanıtı olarak gönderebilir.
smtp-commands = Yanıtladığı komutlar
smtp-any_command = Her komuta yanıt olabilir
    .note = Sunucu, reddetmek ya da kapanmak zorunda kaldığında bu kodu herhangi bir komuta yanıt olarak gönderebilir.
smtp-enhanced = Genişletilmiş durum kodları
    .none = Yok: RFC 2034 genişletilmiş durum kodlarını yalnızca 2yz, 4yz ve 5yz yanıtlarına verir.
smtp-defined_in = Tanımlandığı yer
smtp-related = Sık karşılaştırıldığı kodlar
smtp-deprecated = Kullanımdan kalktı
    .note = Bu kod yalnızca eski yanıtlar anlaşılabilsin diye tutuluyor; yeni sunucular bu kodu göndermemelidir.
smtp-deprecated-only = { $code } kullanımdan kalktı ve yalnızca eski yanıtlar anlaşılabilsin diye tutuluyor; { $other } ise günceldir.
smtp-transcript = Örnek oturum
    .note = C: ile başlayan satırları istemci, S: ile başlayan satırları sunucu gönderir.

## Her kod için bir ileti: kısa adı, ardından ne anlama geldiği, ne zaman görüldüğü ve ne yapılacağı.

smtp-211 = Sistem Durumu
    .description = Sistem durumu ya da genel yardım bilgisi taşıyan olumlu bir yanıt. RFC 5321 onu 214 ile birlikte `HELP` komutunun yanıtları arasında sayar; metni tek bir komutu açıklamak yerine sunucunun durumunu bildirir. Metin insanlar içindir ve sabit bir biçimi yoktur.
    .when = 211'i, `HELP` komutuna komut listesi yerine bir durum özetiyle yanıt veren sunuculardan görürsünüz.
    .fix = Ters giden bir şey yok, dolayısıyla onarılacak bir şey de yok. Bir sunucuyla betik üzerinden konuşuyorsanız bu metni ayrıştırmayın; RFC 5321 ona sabit bir biçim vermez.

smtp-214 = Yardım İletisi
    .description = `HELP` komutuna verilen ve sunucunun nasıl kullanılacağını ya da standart dışı bir komutun ne anlama geldiğini açıklayan olumlu yanıt. RFC 5321'e göre bu metin yalnızca bir insan okur için yararlıdır. Sunucular onu çoğu zaman her satırı 214 ile başlayan çok satırlı bir yanıt olarak gönderir.
    .when = 214'ü, argümanlı ya da argümansız `HELP` gönderdikten sonra, genellikle elle açılmış etkileşimli bir oturumda görürsünüz.
    .fix = Metni klavye başındaki bir kişi için ipucu olarak okuyun. İstemci yazılımı, sunucunun neleri desteklediğini biçimi tanımsız yardım metninden değil, `EHLO` yanıtından öğrenmelidir.

smtp-220 = Hizmet Hazır
    .description = Sunucu hazır. Yeni bir bağlantının ilk yanıtı olarak 220, sunucunun alan adıyla başlar ve istemciyi `EHLO` ya da `HELO` göndermeye davet eder. Aynı kod `STARTTLS` komutuna da (RFC 3207) `Ready to start TLS` metniyle karşılık verir ve istemciye TLS el sıkışmasına hemen başlamasını söyler. Karşılama olarak hiçbir zaman genişletilmiş durum kodu taşımaz (RFC 2034); `STARTTLS` komutunun yanıtı olarak ise `ENHANCEDSTATUSCODES` duyuran sunucularda `2.0.0` gibi bir genişletilmiş durum kodu taşır.
    .when = 220'yi bağlantı açıldıktan sonraki ilk satır olarak, bir de sunucu TLS'ye geçmeyi kabul ettiğinde `STARTTLS` komutuna yanıt olarak görürsünüz.
    .fix = Karşılamadan sonra, kendi tam nitelikli ana bilgisayar adınızla `EHLO` gönderin. `STARTTLS` komutuna gelen bir 220'den sonra TLS el sıkışmasını yapın ve ardından `EHLO` komutunu yeniden gönderin; çünkü iki taraf da şifreleme başlamadan önce öğrendiklerini unutur.

smtp-221 = Hizmet İletim Kanalını Kapatıyor
    .description = Sunucunun iletim kanalını kapattığını bildiren olumlu yanıt. Genellikle `QUIT` komutuna verilir ve metni sunucunun alan adıyla başlar. Gönderildikten sonra sunucu bağlantıyı kapatabilir; böylece oturum düzenli biçimde sona erer.
    .when = 221'i oturumun sonunda `QUIT` komutuna yanıt olarak görürsünüz; oturumda ileti gönderilmiş olsun ya da olmasın.
    .fix = Yanıt geldikten sonra bağlantıyı kendi tarafınızdan kapatın. Sunucunun, verisinin ardından 250 ile kabul ettiği her ileti artık sunucunun sorumluluğundadır; 221 onları tehlikeye atmaz.

smtp-235 = Kimlik Doğrulama Başarılı
    .description = `AUTH` alışverişi tamamlandı ve sunucu istemcinin kimlik bilgilerini kabul etti (RFC 4954). Bu noktadan sonra oturum kimliği doğrulanmış sayılır ve sunucu, anonim istemcilere izin vermediği işlemlere, örneğin kullanıcı adına posta aktarmaya izin verebilir. RFC 4954 bu yanıtla birlikte `2.7.0` genişletilmiş kodunu önerir.
    .when = 235'i başarılı bir `AUTH` alışverişinin sonunda görürsünüz: ya ilk yanıtı içeren `AUTH` komutundan hemen sonra ya da istemcinin son 334 sorusuna verdiği yanıttan sonra.
    .fix = `MAIL FROM` ile devam edin. Aynı oturumda `AUTH` komutunu ikinci kez göndermeyin; sunucu onu 503 ile reddetmek zorundadır.

smtp-250 = İstenen İşlem Tamamlandı
    .description = En yaygın olumlu yanıt: istenen işlem yerine getirildi. Bir göndericiyi, bir alıcıyı ya da son `<CRLF>.<CRLF>` gönderildikten sonra iletinin tamamını kabul eder; sunucu bundan sonra iletinin teslimatından sorumlu olur. Ayrıca `EHLO` komutuna desteklenen eklentilerin listesiyle, `RSET`, `NOOP`, `VRFY`, `EXPN`, `BDAT`, `ETRN` ve `ATRN` komutlarına da bu kodla yanıt verilir.
    .when = 250'yi neredeyse her başarılı komuttan sonra görürsünüz: `EHLO`, `MAIL FROM`, kabul edilen her `RCPT TO`, ileti verisinin sonu ve her `BDAT` parçası.
    .fix = Oturumun bir sonraki adımıyla devam edin. Veri sonundan sonra gelen bir 250, alıcı sunucunun iletinin sorumluluğunu üstlendiği anlamına gelir; bundan sonraki teslimat sorunları göndericiye SMTP yanıtı olarak değil, geri dönen bir ileti olarak ulaşır.

smtp-251 = Kullanıcı Yerel Değil, İletilecek
    .description = `RCPT TO` ya da `VRFY` komutuna verilen olumlu yanıt: adres bu sunucuda barındırılmıyor, ancak sunucu onu kabul ediyor ve iletiyi metinde belirtilen adrese, yani iletme yoluna iletecek. İstemcilerin metnini ayrıştırabileceği az sayıdaki yanıttan biridir. RFC 1985, `ETRN` komutuna verilen yanıtta 251'e başka bir anlam verir: düğüm için bekleyen ileti yoktur.
    .when = 251'i, bir alıcı taşındığında ve alıcı sunucu postayı onun adına ilettiğinde ya da `ETRN` belirtilen alan adı için kuyrukta hiçbir şey bulamadığında görürsünüz.
    .fix = Teslimat sürüyor, bu yüzden şimdi bir şey yapmanız gerekmez. Bir adres defteri tutuyorsanız, sonraki postalar doğrudan oraya gitsin diye kaydı yanıtta verilen adresle güncelleyin.

smtp-252 = Kullanıcı Doğrulanamıyor
    .description = `VRFY` ya da `EXPN` komutuna verilen ve sunucunun adresi doğrulamayacağını ya da doğrulayamayacağını, ancak bu adres için postayı kabul edip teslim etmeyi deneyeceğini söyleyen olumlu yanıt. Birçok sunucu, hangi posta kutularının var olduğunu açığa vurmamak için bu kodu gönderir. SMTPUTF8 sunucuları, yanıt istemcinin izin vermediği UTF-8 gerektirdiğinde de bu kodu gönderir; RFC 1985 ise 252'yi `ETRN` için yeniden kullanır.
    .when = 252'yi, kullanıcılarını açıklamayan sunucularda `VRFY` ya da `EXPN` komutundan sonra ve düğüm için kuyrukta bekleyen postanın teslimatı başladığında `ETRN` komutundan sonra görürsünüz.
    .fix = 252'yi bir posta kutusunun var olduğunun ya da olmadığının kanıtı saymayın. Bir adresi sınamak için gerçek bir işlemde `RCPT TO` kullanın ve o yanıtı okuyun; bazı sunucuların o noktada her adresi kabul ettiğini ve bilinmeyenleri sonradan geri gönderdiğini unutmayın.

smtp-253 = Bekleyen İletiler Başlatıldı
    .description = `ETRN` komutuna verilen olumlu yanıt (RFC 1985): sunucu, istekte adı geçen düğüm için tuttuğu iletileri teslim etmeye başladı ve metni kaç iletinin beklediğini söyler. Yalnızca `ETRN` ile kullanılır; ara sıra bağlanan bir site bu komutu, aktarıcısından kendi alan adı için tutulan kuyruğu boşaltmasını istemek için gönderir.
    .when = 253'ü, bir istemci kendi alan adıyla `ETRN` gönderdiğinde ve aktarıcı o alan adı için posta tutup teslim etmeye başladığında görürsünüz.
    .fix = Posta sunucunuzu erişilebilir tutun; aktarıcı kuyruktaki iletileri her zamanki SMTP bağlantılarıyla sunucunuza teslim eder. `ETRN` gönderen oturum `QUIT` ile kapanabilir.

smtp-334 = Sunucu Sorusu
    .description = `AUTH` alışverişindeki ara yanıt (RFC 4954). Metni, SASL mekanizmasının ürettiği BASE64 ile kodlanmış bir sorudur (challenge); istemci ona kendi satırında BASE64 ile kodlanmış bir yanıtla karşılık vermelidir. Mekanizmanın gönderecek sorusu yoksa metin boştur ve yanıt yalnızca 334 ile ardından gelen bir boşluktan oluşur.
    .when = 334'ü, `AUTH` ilk yanıt olmadan bir mekanizma adı verdiğinde hemen sonra ve birden çok gidiş dönüş gerektiren mekanizmaların sonraki adımları arasında görürsünüz.
    .fix = Soruyu çözün, mekanizmanın istediği yanıtı hesaplayın ve BASE64 ile kodlayarak gönderin. Bunun yerine vazgeçmek için tek bir `*` gönderin; sunucu alışverişi bu durumda 501 ile bitirir.

smtp-354 = Posta Girişine Başlayın
    .description = `DATA` komutuna verilen ara yanıt: sunucunun en az bir kabul edilmiş alıcısı var ve artık iletinin kendisini, başlıklarıyla ve gövdesiyle birlikte, yalnızca bir nokta içeren bir satırla (`<CRLF>.<CRLF>`) bitmek üzere bekliyor. İşlemin başarılı olup olmadığını 354 değil, o son satırdan sonra gelen yanıt söyler.
    .when = 354'ü, `MAIL FROM` ve en az bir `RCPT TO` kabul edildikten sonra, `DATA` komutunun hemen ardından görürsünüz.
    .fix = İletiyi gönderin; nokta ile başlayan her satırın başına bir nokta daha ekleyin ve iletiyi `<CRLF>.<CRLF>` ile bitirin. Ardından sunucunun iletiyi kabul edip etmediğini söyleyecek son yanıtı bekleyin.

smtp-421 = Hizmet Kullanılamıyor
    .description = Hizmet kullanılamıyor ve sunucu iletim kanalını kapatıyor. Sunucu yeni oturumları reddettiğinde ilk yanıt olabilir ya da kapanması gerektiğini anladığında herhangi bir komuta verilen yanıt olabilir. Durum geçicidir ve metin sunucunun alan adıyla başlar.
    .when = 421'i aşırı yüklenmiş, yeniden başlatılan ya da bağlantı sayısını sınırlayan bir sunucuya bağlanırken veya bir oturumun ortasında, sunucu bağlantıyı kesmeden hemen önce görürsünüz.
    .fix = İstemci olarak iletiyi kuyrukta tutun ve daha sonra yeniden deneyin; standart bir posta sunucusu bunu kendiliğinden yapar. Sunucunun yöneticisi olarak, bağlantı sınırı ya da süren bir kapanma gibi nedeni günlüklerde arayın.

smtp-432 = Parola Geçişi Gerekli
    .description = `AUTH` komutunun geçici başarısızlığı (RFC 4954): istenen mekanizma bu kullanıcı için çalışabilmeden önce kullanıcının bir parola geçişi yapması, genellikle bir kez `AUTH PLAIN` ile kimlik doğrulaması gerekir. Bundan sonra seçilen mekanizma sonraki oturumlarda başarılı olmalıdır. Karşılık gelen genişletilmiş kod `4.7.12`'dir.
    .when = 432'yi, sunucunun bu hesap için henüz kullanamadığı bir mekanizmayla gönderilen `AUTH` komutuna yanıt olarak, genellikle kullanıcı onu ilk kez denediğinde görürsünüz.
    .fix = `STARTTLS` ile korunan bir bağlantı üzerinden bir kez `AUTH PLAIN` ile kimlik doğrulaması yapın, ardından sonraki oturumlarda istediğiniz mekanizmayı kullanın. Posta programınız bunu yapamıyorsa, geçişi nasıl tamamlayacağınızı sunucunun yöneticisine sorun.

smtp-450 = Posta Kutusu Geçici Olarak Kullanılamıyor
    .description = Sunucu istenen işlemi yapmadı, çünkü posta kutusu şimdilik kullanılamıyor; örneğin meşgul ya da politika nedeniyle geçici olarak engellenmiş. 550'nin geçici karşılığıdır, dolayısıyla aynı istek daha sonra başarılı olabilir. RFC 2645 de bir `ATRN` isteğini reddetmek için 450 kullanır.
    .when = 450'yi `RCPT TO` komutuna yanıt olarak ya da bir politika denetimi iletiyi ertelediğinde ileti verisinin sonundan sonra görürsünüz; bu çoğu zaman daha önce görmedikleri göndericilerden gelen postayı bekleten sunuculardan gelir.
    .fix = İletiyi kuyrukta bırakın ve daha sonra yeniden deneyin; posta sunucuları bunu denemeler arasındaki bekleme süresini uzatarak kendiliğinden yapar. Aynı alıcı günlerce 450 döndürmeye devam ederse, alıcı alan adının posta yöneticisiyle, örneğin `postmaster@example.org` adresinden iletişime geçin.

smtp-451 = İşlemde Yerel Hata
    .description = Sunucu, başarısız bir disk yazımı ya da zaman aşımına uğrayan bir sorgu gibi kendi tarafındaki bir hata yüzünden istenen işlemi durdurdu. Hata geçicidir. RFC 5321, bir işlemin ortasında bağlantıyı kaybeden istemciye 451 almış gibi davranmasını da söyler; RFC 2645 ise bir `ATRN` isteği şu anda işlenemediğinde bu kodu kullanır.
    .when = 451'i, alıcı sunucu iç bir sorunla karşılaştığında `MAIL FROM` ya da `RCPT TO` komutuna yanıt olarak veya ileti verisinin sonundan sonra görürsünüz.
    .fix = Gönderici olarak iletiyi saklayın ve daha sonra yeniden deneyin; sorun alıcı taraftadır. Alıcı sunucunun yöneticisi olarak yanıtın geldiği zamana ait posta günlüğüne bakın; yanıt metni tek başına nadiren yeterli bilgi verir.

smtp-452 = Yetersiz Sistem Depolama Alanı
    .description = Sunucu istenen işlemi yapmadı, çünkü şimdilik depolama alanı yetersiz. RFC 5321, bir istemci sunucunun tek bir işlemde kabul ettiğinden fazla alıcı gönderdiğinde de 452'yi doğru yanıt sayar; eski yazılımlar bu durumu 552 ile bildirirdi. SIZE eklentisi altında, bildirilen boyuttaki bir iletinin şu anda kabul edilemeyeceğini söyler.
    .when = 452'yi disk ya da kuyruk dolmak üzereyken `MAIL FROM` komutuna yanıt olarak, sunucunun alıcı sınırını aşan bir `RCPT TO` komutuna yanıt olarak ya da veri sonundan sonra görürsünüz.
    .fix = Yanıt fazladan alıcılar için geldiyse, iletiyi şimdi kabul edilmiş alıcılara gönderin ve diğerlerine sonraki bir işlemde teslim edin. Aksi hâlde daha sonra yeniden deneyin; alıcı sunucuyu siz yönetiyorsanız disk alanı açın ya da kuyruk sınırlarını yükseltin.

smtp-453 = Postanız Yok
    .description = İsteğe Bağlı Posta Aktarımında (RFC 2645) `ATRN` komutuna verilen yanıt: sunucu, istemcinin sorduğu alan adları için posta tutmuyor, bu yüzden roller değişmez ve hiçbir şey teslim edilmez. Bir 4yz kodu olsa da ters giden bir şey yoktur. IANA kayıt defteri 453'ü, hiçbir RFC'nin tanımlamadığı ilgisiz bir anlamla, `System not accepting network messages` ile ilişkilendirir.
    .when = 453'ü, bir ODMR istemcisi kimliğini doğrulayıp alan adları için `ATRN` gönderdiğinde ve sağlayıcının onlar için kuyrukta hiçbir şeyi olmadığında görürsünüz.
    .fix = Oturumu `QUIT` ile bitirin ve bir sonraki planlı bağlantınızda `ATRN` komutunu yeniden gönderin. Posta bekliyorsanız, sağlayıcınızla sunucularının postayı tam olarak istediğiniz alan adları için kuyruğa aldığını doğrulayın.

smtp-454 = TLS ya da Kimlik Doğrulama Geçici Olarak Kullanılamıyor
    .description = İki standart kullanımı olan geçici bir başarısızlık. `STARTTLS` komutuna (RFC 3207) yanıt olarak, TLS'nin şu anda sunulamadığı anlamına gelir; `AUTH` komutuna (RFC 4954) yanıt olarak ise kimlik doğrulamanın sunucu tarafındaki geçici bir nedenle, örneğin erişilemeyen bir kimlik bilgisi deposu yüzünden başarısız olduğu anlamına gelir. Her iki durumda da aynı istek daha sonra başarılı olabilir.
    .when = 454'ü, sunucunun TLS kurulumu bozuk ya da aşırı yüklüyken `STARTTLS` komutunun hemen ardından veya sunucu o anda kimlik bilgilerini denetleyemediğinde `AUTH` komutundan sonra görürsünüz.
    .fix = Daha sonra yeniden deneyin ve kimlik bilgilerini şifrelenmemiş bir bağlantı üzerinden göndermeye geri dönmeyin. Sunucuyu siz yönetiyorsanız TLS sertifikasını ve anahtar dosyalarını ya da dayandığı kimlik doğrulama hizmetini denetleyin.

smtp-455 = Parametreler Karşılanamıyor
    .description = Sunucu, `MAIL FROM` ya da `RCPT TO` ile verilen parametreleri şu anda karşılayamıyor (RFC 5321 §4.1.1.11). Durum geçicidir, dolayısıyla aynı komut daha sonra başarılı olabilir. Parametreler hiç tanınmıyor ya da hiç uygulanmıyorsa bunun yerine kalıcı yanıt 555 kullanılır.
    .when = 455'i, sunucunun o anki işlem için yerine getiremediği eklenti parametreleri taşıyan bir `MAIL FROM` ya da `RCPT TO` komutundan sonra görürsünüz.
    .fix = İşlemi aynı parametrelerle daha sonra yeniden deneyin. Başarısızlık sürerse hangi parametreleri gönderdiğinizi ve sunucunun `EHLO` yanıtının bu parametrelerin ait olduğu eklentileri hâlâ duyurup duyurmadığını denetleyin.

smtp-458 = Düğüm İçin Kuyruğa Alınamıyor
    .description = `ETRN` komutunun geçici başarısızlığı (RFC 1985): sunucu, istekte adı geçen düğüm için kuyruğunu şu anda işlemeye başlayamıyor. İstekte bir sorun yoktur ve istemci aynı `ETRN` komutunu daha sonra yeniden gönderebilir.
    .when = 458'i, aktarıcı bir alan adı için tuttuğu postayı şu anda teslim etmeye başlayamadığında, o alan adıyla gönderilen `ETRN` komutundan sonra görürsünüz.
    .fix = Bir süre sonra `ETRN` komutunu yeniden gönderin. Yanıt değişmezse aktarıcının yöneticisinden kuyruğunu ve alan adınız için teslimat sürecini denetlemesini isteyin.

smtp-459 = Düğüme İzin Verilmiyor
    .description = `ETRN` komutuna (RFC 1985) verilen ve sunucunun adı geçen düğüm için bir kuyruk çalıştırması başlatmayacağını söyleyen yanıt; neden metinde belirtilir. Olası nedenlerden biri, aktarıcının o alan adı için hiç posta tutmamasıdır. Kod 4yz sınıfında olsa da neden giderilene kadar aynı isteği yinelemek nadiren işe yarar.
    .when = 459'u, `ETRN` aktarıcının posta tutmadığı bir alan adını ya da ana bilgisayarınızın istemesine izin verilmeyen bir alan adını belirttiğinde görürsünüz.
    .fix = `ETRN` komutundan sonraki alan adının, aktarıcının posta tuttuğu alan adıyla tam olarak aynı olduğunu denetleyin. Öyleyse, ana bilgisayarınızın bu alan adı için kuyruk çalıştırması isteyebilmesine izin vermesini aktarıcının yöneticisinden isteyin.

smtp-500 = Komut Tanınmadı
    .description = Kalıcı bir sözdizimi hatası: sunucu komutu tanımadı ya da komut satırı çok uzundu. RFC 5321, 500'ü sunucunun hiç bilmediği komutlara ayırır; bildiği ama uygulamadığı bir komut ise 502 alır. `AUTH` sırasında RFC 4954, sunucunun kabul ettiğinden uzun bir yanıt satırı için 500'ü `5.5.6` ile birlikte kullanır.
    .when = 500'ü yanlış yazılmış ya da bilinmeyen bir komuttan sonra, sunucunun kabul ettiğinden uzun bir satırdan sonra ve bir istemci düz bir SMTP bağlantı noktasına başka bir protokolle konuştuğunda ya da şifreli veri gönderdiğinde görürsünüz.
    .fix = Komutun yazımını ve satırın uzunluğunu denetleyin; yalnızca sunucunun `EHLO` yanıtında listelediği komutları gönderin. İstemciniz bağlanır bağlanmaz TLS başlatıyorsa bağlantı noktasının bunu beklediğinden emin olun ya da düz bir bağlantı noktasında `STARTTLS` kullanın.

smtp-501 = Parametrelerde ya da Argümanlarda Sözdizimi Hatası
    .description = Kalıcı bir hata: komut tanındı, ancak parametreleri ya da argümanları bozuk. Her komut bu yanıtı alabilir; örneğin kötü biçimlendirilmiş bir adresle, `STARTTLS` gibi argüman almayan bir komuta argüman verildiğinde ya da `AUTH` sırasında çözülemeyen BASE64 ile. RFC 4954, istemci bir `AUTH` alışverişini `*` ile iptal ettiğinde de 501 kullanır.
    .when = 501'i bozuk bir adres içeren `MAIL FROM` ya da `RCPT TO` komutundan, geçersiz bir ana bilgisayar adı içeren `EHLO` ya da `HELO` komutundan veya argümanla gönderilen `STARTTLS` ya da `DATA` komutundan sonra görürsünüz.
    .fix = Argümanı düzeltin: adresleri boşluk olmadan açılı ayraçlar içine yazın, `EHLO` komutuna tam nitelikli bir alan adı ya da `[192.0.2.10]` gibi bir adres değişmezi verin ve argüman almayan komutlara argüman göndermeyin. Yanıt metni genellikle sunucunun reddettiği kısmı adlandırır.

smtp-502 = Komut Uygulanmamış
    .description = Kalıcı bir hata: sunucu komutu tanıyor, ancak uygulamıyor. Sunucular `VRFY`, `EXPN` ya da `HELP` komutlarına sık sık bu şekilde yanıt verir; `EHLO` komutuna bu yanıtı yalnızca genişletilmiş SMTP'yi bilmeyen eski sunucular verir. RFC 5321, bir sunucunun `EHLO` yanıtında bir yeteneği duyurup ardından ilgili komutu 502 ile reddetmesini yasaklar.
    .when = 502'yi bu komutları kapatan sunucularda `VRFY`, `EXPN` ya da `HELP` komutundan sonra, genişletilmiş SMTP'den daha eski bir sunucuda `EHLO` komutundan sonra ve bir ODMR oturumunda `EHLO`, `AUTH`, `ATRN` ve `QUIT` dışındaki her komut için görürsünüz.
    .fix = Komutu bu sunucuda yinelemeyin. `EHLO` komutu 502 alıyorsa `HELO` kullanın; aksi hâlde sunucunun `EHLO` listesindeki bir komutu kullanın ya da bilgiyi başka bir yoldan edinin.

smtp-503 = Hatalı Komut Sırası
    .description = Kalıcı bir hata: komut geçerli, ancak oturumun yanlış bir noktasında geldi. Örnekler: `MAIL FROM` öncesinde `RCPT TO`, hiçbir alıcı kabul edilmeden `DATA`, başarılı bir kimlik doğrulamanın ardından ikinci bir `AUTH`, aynı işlemde `BDAT` ile karıştırılmış `DATA` ve 554 karşılamasından sonra `QUIT` dışındaki her komut.
    .when = 503'ü, bir istemci işlemin bir adımını atladığında ya da yinelediğinde görürsünüz; bu genellikle önceki bir komut başarısız olduğu hâlde istemcinin devam etmesinden kaynaklanır.
    .fix = Şu sırayı izleyin: `EHLO`, gerektiğinde `STARTTLS` ve `AUTH`, `MAIL FROM`, `RCPT TO` ve son olarak `DATA` ya da `BDAT`; bir sonraki komuttan önce her yanıtı denetleyin. Önceki bir adım başarısız olduysa `RSET` gönderin ve işlemi baştan başlatın.

smtp-504 = Komut Parametresi Uygulanmamış
    .description = Kalıcı bir hata: komut tanındı, ancak onunla verilen bir parametre uygulanmıyor. En yaygın kullanımı, sunucunun desteklemediği bir SASL mekanizmasıyla gönderilen `AUTH` komutuna verilen yanıttır; RFC 4954 bunu `5.5.4` ile eşleştirir. RFC 5321 ayrıca `VRFY`, `EXPN` ve `HELP` için ve nadir durumlarda `EHLO` için de buna izin verir.
    .when = 504'ü, `AUTH` sunucunun `EHLO` yanıtında listelemediği bir mekanizmayı adlandırdığında ya da sunucuda bulunmayan bir seçenekle gönderilen bir sorgu komutundan sonra görürsünüz.
    .fix = Sunucunun `EHLO` yanıtındaki listeden bir `AUTH` mekanizması seçin. Bir istemci geliştiriyorsanız belirli bir mekanizmanın var olduğunu varsaymak yerine bu listeyi her bağlantıda okuyun.

smtp-521 = Ana Bilgisayar Posta Kabul Etmiyor
    .description = RFC 7504'te tanımlanan ve hiçbir zaman posta kabul etmeyen bir ana bilgisayardan gelen kalıcı yanıt. 220 karşılamasının yerini alır; sunucu ardından `QUIT` dışındaki her komuta 521 ile yanıt verebilir ya da bağlantıyı doğrudan kapatabilir. RFC 7504 521'i bu tür ana bilgisayarlara ayırır ve diğer retlerin çoğunu 554'e bırakır.
    .when = 521'i, bir istemci posta hizmeti çalıştırmayan bir makinenin 25 numaralı bağlantı noktasına bağlandığında ilk yanıt olarak görürsünüz; bu genellikle `MX` kaydı olmayan bir alan adının web sunucusunun adresine düşmesinden kaynaklanır.
    .fix = Bu ana bilgisayara göndermeyi bırakın. Alan adı sizinse doğru `MX` kayıtları yayımlayın ya da alan adı hiç posta almıyorsa boş bir `MX` kaydı (RFC 7505) yayımlayın; böylece göndericiler bunu bağlanmadan önce öğrenir.

smtp-530 = Kimlik Doğrulama ya da TLS Gerekli
    .description = İki standart anlamı olan ve ikisi de `5.7.0` genişletilmiş koduyla eşleşen kalıcı bir ret. RFC 4954'e göre `Authentication required` der: sunucunun politikası komuttan önce `AUTH` ister. RFC 3207'ye göre `Must issue a STARTTLS command first` der: sunucu komutu yalnızca şifreli bir bağlantı üzerinden kabul eder.
    .when = 530'u `MAIL FROM` komutuna ya da `EHLO`, `NOOP` ve `QUIT` dışındaki neredeyse her komuta yanıt olarak görürsünüz; genellikle istemcilerin göndermeden önce TLS kullanması ve oturum açması gereken sunucularda.
    .fix = Hangi gereksinimin geçerli olduğunu görmek için yanıt metnini okuyun. Posta programınızı ya da uygulamanızı `STARTTLS` kullanacak ve hesabınızın kimlik bilgileriyle oturum açacak biçimde yapılandırın, ardından iletiyi yeniden gönderin.

smtp-534 = Kimlik Doğrulama Mekanizması Çok Zayıf
    .description = Kalıcı bir `AUTH` başarısızlığı (RFC 4954): istemcinin seçtiği mekanizma, sunucu politikasının bu kullanıcı için izin verdiğinden daha zayıf. Sunucu kullanıcıyı daha güçlü bir mekanizmayla kabul edecektir. Karşılık gelen genişletilmiş kod `5.7.9`'dur.
    .when = 534'ü, seçilen mekanizma sunucunun o hesap için kabul etmeyeceği bir mekanizma olduğunda `AUTH` komutuna yanıt olarak görürsünüz.
    .fix = İstemcinizi, sunucunun `EHLO` yanıtındaki listeden daha güçlü bir mekanizmaya geçirin. İstemcinizin desteklediği mekanizmaların hiçbiri kabul edilmiyorsa, politikanın hangisini gerektirdiğini sunucunun yöneticisine sorun.

smtp-535 = Kimlik Bilgileri Geçersiz
    .description = Kalıcı bir `AUTH` başarısızlığı (RFC 4954): sunucu kimlik bilgilerini geçersiz ya da yetersiz bularak reddetti; örneğin kullanıcı adı ya da parola yanlış. Daha özel bir kod uygun düşmediğinde başarısız bir `AUTH` için varsayılan yanıttır ve `5.7.8` genişletilmiş koduyla eşleşir.
    .when = 535'i bir `AUTH` alışverişinin sonunda, istemci kullanıcı adını ve parolasını ya da son soruya yanıtını gönderdikten sonra görürsünüz.
    .fix = Çoğu zaman `alice@example.org` gibi tam adres olan kullanıcı adını ve parolayı denetleyip yeniden deneyin. İkisi de doğruysa, hesabın kilitli olup olmadığını ya da bu sunucu üzerinden göndermesine izin verilip verilmediğini yöneticiye sorun.

smtp-538 = Mekanizma İçin Şifreleme Gerekli
    .description = Kalıcı bir `AUTH` başarısızlığı: seçilen mekanizma yalnızca şifreli bir bağlantıda kullanılabilir. RFC 4954 onu `5.7.11` genişletilmiş koduyla tanımlar, ancak kullanımdan kaldırır ve yalnızca tarihsel amaçlarla belgeler; bu yüzden güncel sunucular onu göndermemelidir.
    .when = 538'e eski sunucularda hâlâ rastlayabilirsiniz: `STARTTLS` öncesinde gönderilen `AUTH PLAIN` gibi düz metin bir mekanizmayla yapılan `AUTH` komutuna yanıt olarak.
    .fix = `STARTTLS` gönderin, `EHLO` komutunu yineleyin ve ardından kimlik doğrulaması yapın. Böyle bir sunucu yönetiyorsanız 538 göndermeyi bırakın; RFC 4954 bunun yerine sunucuların, TLS etkin olana kadar hiçbir düz metin mekanizma sunmayacak biçimde yapılandırılabilmesini bekler.

smtp-550 = Posta Kutusu Kullanılamıyor
    .description = Kalıcı bir ret: istenen işlem yapılmadı, çünkü posta kutusu kullanılamıyor. RFC 5321 üç neden sayar: posta kutusu yoktur, ona erişim reddedilmiştir ya da komut politika nedeniyle reddedilmiştir; sonuncusu reddedilen aktarımı ve başarısız istenmeyen posta ya da gönderici denetimlerini de kapsar. SMTPUTF8 sunucuları, bir adres ya da yanıt oturumun taşıyamayacağı bir biçim gerektirdiğinde de 550 kullanır.
    .when = 550'yi bilinmeyen ya da engellenmiş bir alıcı için `RCPT TO` komutuna, reddedilen bir gönderici ya da istemci için `MAIL FROM` veya `EHLO` komutuna yanıt olarak ve içerik ya da politika denetimlerince reddedilen bir ileti için veri sonundan sonra görürsünüz.
    .fix = Genişletilmiş kodu ve metni okuyun: `5.1.1` yanlış bir adrese, `5.7.1` ve diğer `5.7` kodlarının çoğu ise aktarım gibi bir politika reddine işaret eder. Adresi düzeltin; politika reddinde sunucunuzun bu postayı göndermeye yetkili olduğunu ve `SPF`, `DKIM` ve `DMARC` kayıtlarınızın düzgün olduğunu denetleyin.

smtp-551 = Kullanıcı Yerel Değil, İletme Yolunu Deneyin
    .description = `RCPT TO` ya da `VRFY` komutuna verilen kalıcı ret: kullanıcı bu sunucuda yerel değil ve yanıt metni istemcinin bunun yerine denemesi gereken iletme yolunu verir. 251'den farklı olarak sunucu iletiyi kendisi iletmez. Metni, istemcilerin yeni adresi bulmak için ayrıştırabileceği az sayıdaki metinden biridir.
    .when = 551'i, alıcı taşındığında ve alıcı sunucu postayı iletmek yerine sizi yeni adrese yönlendirdiğinde `RCPT TO` komutuna yanıt olarak görürsünüz.
    .fix = İletiyi yanıtta verilen adrese yeniden gönderin ve sonraki postalar doğrudan oraya gitsin diye adres defterinizi güncelleyin. Metin yeni bir adres göstermiyorsa alıcıyla başka bir yoldan iletişime geçin.

smtp-552 = Depolama Sınırı Aşıldı
    .description = Kalıcı bir ret: işlem, alıcının posta kutusu kotası ya da sunucunun SIZE eklentisiyle bildirdiği en büyük ileti boyutu gibi bir depolama sınırını aştığı için durduruldu. RFC 5321 bir kural ekler: 552 "çok fazla alıcı" anlamında kullanıldığında istemciler onu geçici saymalıdır, çünkü bu durumun doğru kodu 452'dir.
    .when = 552'yi bildirilen `SIZE` sınırın üzerindeyken `MAIL FROM` komutuna, bir posta kutusu dolu olduğunda `RCPT TO` komutuna yanıt olarak ya da ileti çok büyük çıktığında veri sonundan sonra görürsünüz.
    .fix = Boyut sınırında iletiyi küçültün; örneğin büyük ekleri bağlantı olarak paylaşın. Dolu bir posta kutusunda alıcıya başka bir kanaldan haber verin. Metin çok fazla alıcı olduğunu söylüyorsa vazgeçmek yerine diğer alıcılara sonraki bir işlemde gönderin.

smtp-553 = Posta Kutusu Adına İzin Verilmiyor
    .description = Kalıcı bir ret: posta kutusu adına izin verilmiyor. Hatalı adres sözdizimi bunun bir örneğidir; ancak RFC 5321, bir ad birden çok kullanıcıyla eşleştiğinde (`User ambiguous`) `VRFY` için de 553 kullanır ve SMTPUTF8 sunucuları ASCII dışı bir adres kabul edilemediğinde bu kodu kullanır.
    .when = 553'ü, sunucunun yazıldığı biçimiyle kabul etmeyi reddettiği bir adres içeren `MAIL FROM` ya da `RCPT TO` komutuna ve belirsiz bir ad içeren `VRFY` komutuna yanıt olarak görürsünüz.
    .fix = Adresi harf harf denetleyin; örneğin `bob..smith@example.org` değil `bob.smith@example.org` olmalıdır ve alıcının size verdiği biçimi aynen kullanın. ASCII dışı bir adres için alıcıdan ASCII bir alternatif isteyin ya da SMTPUTF8 destekleyen bir sunucu üzerinden gönderin. Belirsiz bir `VRFY` için daha belirli bir ad verin.

smtp-554 = İşlem Başarısız
    .description = İşlemin bütünüyle kalıcı olarak başarısız olması. İlk yanıt olarak `No SMTP service here` anlamına gelir; `DATA` komutundan sonra hiçbir alıcının kabul edilmediğini söyleyebilir; veri sonundan sonra iletiyi reddeder; kabul edilemez bir TLS görüşmesinden sonra ise RFC 3207 onu `QUIT` dışındaki her komutu reddetmek için kullanır.
    .when = 554'ü en sık, içerik ya da politika denetimleri iletiyi reddettiğinde son `<CRLF>.<CRLF>` satırından sonra, bazen de ana bilgisayarınızla konuşmayı reddeden bir sunucunun karşılaması olarak görürsünüz.
    .fix = Gerçek neden için genişletilmiş kodu ve metni okuyun ve onu düzeltin: içerik, gönderen sunucunun itibarı ya da TLS ayarları. 554 karşılama olarak geldiyse sunucu ana bilgisayarınızdan hiç posta kabul etmeyecektir; posta yöneticisiyle iletişime geçin ya da başka bir yol üzerinden teslim edin.

smtp-555 = Parametreler Tanınmadı
    .description = Kalıcı bir hata: `MAIL FROM` ya da `RCPT TO` ile verilen parametreler tanınmıyor ya da uygulanmıyor (RFC 5321 §4.1.1.11). Sunucu bilinmeyen parametreyi yok saymak yerine komutun tamamını reddeder. Şu anda karşılayamadığı parametreler için geçici karşılığı 455'tir.
    .when = 555'i, bir istemci sunucunun `EHLO` yanıtında duyurmadığı `SIZE=` ya da `BODY=8BITMIME` gibi bir eklenti parametresi eklediğinde görürsünüz.
    .fix = Yalnızca eklentileri sunucunun `EHLO` yanıtında görünen parametreleri gönderin, gerisini çıkarın. Bir istemci geliştiriyorsanız `MAIL FROM` ve `RCPT TO` komutlarını sabit bir şablondan değil, bu yanıttan oluşturun.

smtp-556 = Alan Adı Posta Kabul Etmiyor
    .description = RFC 7504'te tanımlanan kalıcı ret: adresin alan adı hiç posta kabul etmiyor. Aktarıcı gibi bir ara sistem, örneğin boş bir `MX` kaydından hedef alan adının posta almadığını öğrendiğinde bu yanıtı gönderir. `5.1.10` genişletilmiş koduyla eşleşir.
    .when = 556'yı, alan adı boş bir `MX` kaydı yayımlayan bir adres için `RCPT TO` komutuna yanıt olarak görürsünüz; genellikle sağlayıcınızın giden posta aktarıcısı gibi bir ara sunucudan, teslimatı denemeden önce.
    .fix = Alıcının alan adının yazımını denetleyin. Doğruysa, alan adı posta almıyordur ve yeniden denemek işe yaramaz; alıcıdan başka bir adres isteyin.
