# Sitenin arayüzü: hangi kataloğa ait olursa olsun her sayfada görünen metinler. Bir kataloğun
# kodları ve olguları hakkındaki sözcükler o kataloğun kendi dosyasındadır (locales/<dil>/<katalog>.ftl).
#
# Her dil için geçerli kurallar:
# - Ters tırnak içindeki bir bölüm bir protokol ifadesidir (bir komut, bir adres): kod olarak
#   gösterilir ve soldan sağa korunur. Çevirmeyin.
# - { $a } gibi değişkenler kodları ya da adları taşır; İngilizce iletinin her değişkenini koruyun.

# Glossary
# Bu dilin kullandığı temel terimler (bu dosyada ve smtp.ftl'de aynen kullanın):
# - reply code: yanıt kodu; reply: yanıt
# - protocol code: protokol kodu; code: kod
# - specification: belirtim
# - catalog: katalog
# - comparison: karşılaştırma; side by side: yan yana
# - fact: olgu (bir kodun sınıf, yeniden deneme gibi karşılaştırılan bilgileri)
# - client: istemci; server: sunucu; receiving server: alıcı sunucu
# - sender: gönderici; recipient: alıcı; user: kullanıcı
# - administrator: yönetici
# - permanent failure: kalıcı hata; transient (temporary) failure: geçici hata
# - positive completion / intermediate: olumlu tamamlanma / olumlu ara yanıt;
#   transient / permanent negative completion: geçici / kalıcı olumsuz tamamlanma
# - enhanced status code: genişletilmiş durum kodu
# - envelope: zarf; session: oturum; transaction: işlem
# - message: ileti; mailbox: posta kutusu; command: komut
# - greeting (server's first reply): karşılama; `EHLO`/`HELO` greeting: selamlama
# - retry / retrying: yeniden denemek / yeniden deneme
# - authentication: kimlik doğrulama; credentials: kimlik bilgileri
# - relay: aktarıcı; forward path: iletme yolu; delivery: teslimat
# - deprecated: kullanımdan kalktı
# - Bir koddan sonra ek gerekiyorsa ek kodun kendisine değil araya giren bir sözcüğe getirilir
#   ("{ $code } kodunun", "{ $code } için", "{ $code } aldıysanız"); sayının okunuşuna bağlı
#   ekleri ("{ $code }'i") değişkenlere eklemeyin.

## Arayüz

site-name = Protokol Kodları
site-tagline = Protokol kodlarının ne anlama geldiği, birbirinden nasıl ayrıldığı ve karşılaştığınızda ne yapmanız gerektiği.
skip-link = İçeriğe geç
nav-breadcrumb = Sayfa yolu
nav-languages = Diğer diller
nav-home = Ana sayfa
footer-note = Bu site, her sayfada anılan belirtimlere dayanarak codesite ile üretildi. Örneklerdeki metinler yalnızca örnektir; her uygulama bunları kendi sözcükleriyle yazar.
# Bir cümle içindeki listenin öğelerini birleştiren ayraç ("EHLO, HELO").
list-join = {", "}

## Dil seçimi (sitenin kök sayfası)

chooser-choose = Siteyi Türkçe okuyun

## Dilin ana sayfası

home-title = Protokol kodları, açıklamalarıyla
home-intro = Her kodun kendi sayfası var: belirtimine göre ne anlama geldiği, ne zaman karşınıza çıktığı ve ne yapmanız gerektiği. Bir kataloğun istediğiniz iki kodunu yan yana karşılaştırabilirsiniz.
# $count: katalogdaki kod sayısı
home-catalog-count = { $count ->
    [one] { $count } kod
   *[other] { $count } kod
}

## Katalog dizini

# $count: sayfadaki kod sayısı
catalog-count = Bu katalog { $count ->
    [one] { $count } kodu
   *[other] { $count } kodu
} anlatıyor.
# Kataloğun gruplama olgusunda değeri olmayan kodların grubunun başlığı.
catalog-other = Diğer kodlar

## Bul ve karşılaştır (katalog dizininde; yalnızca tarayıcı JavaScript çalıştırdığında görünür)

find-label = Kod bul
find-hint = Bir kodun ilk karakterlerini ya da adından veya açıklamasından sözcükler yazın.
# $count: okurun yazdığıyla eşleşen kod sayısı (en az 1).
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

# $label: kataloğun etiketi ("SMTP"); $code: kod; $name: kodun kısa adı
code-title = { $label } { $code } { $name }
code-facts = Bir bakışta
code-description = Ne anlama gelir
code-when = Ne zaman görürsünüz
code-fix = Ne yapmalı
# Evet/hayır türünden bir olgunun, örneğin "kullanımdan kalktı", değeri: olgu kod için doğru olduğunda ve olmadığında.
code-yes = Evet
code-no = Hayır
# $code: bu kod; $count: karşılaştırılabileceği öteki kodların sayısı
code-compare = { $code } kodunu { $count ->
    [one] öteki kodla
   *[other] öteki { $count } koddan herhangi biriyle
} karşılaştırın

## Karşılaştırma sayfası

# $label: kataloğun etiketi; $a, $b: katalogdaki sırayla kodlar; $nameA, $nameB: adları
pair-title = { $label } { $a } { $nameA } ile { $b } { $nameB } karşılaştırması
# Karşılaştırma sayfasının meta açıklaması
pair-summary = { $label } { $a } ile { $b } birbirinden nasıl ayrılır, ortak yönleri nelerdir ve hangisi sizin durumunuza uyar?
pair-differences = Nasıl ayrılıyorlar
# İki kod, kataloğun karşılaştırdığı her olguda aynı olduğunda.
pair-no-differences = { $a } ve { $b }, burada karşılaştırılan olguların hepsinde aynıdır; ikisini birbirinden aşağıdaki açıklamaları ayırır.
pair-common = Ortak yönleri
pair-table = Yan yana
pair-table-fact = Olgu
# Yan yana tabloda, bir koda uygulanmayan bir olgu için.
pair-not-applicable = Geçerli değil
pair-guide = Hangisi sizin durumunuza uyuyor
pair-codes = İki kod ayrıntılı olarak
pair-related = İlgili karşılaştırmalar
# $a, $b: kodlar; $nameA, $nameB: adları
pair-link = { $a } { $nameA } ile { $b } { $nameB }

## Bulunamadı sayfası

notfound-title = Sayfa bulunamadı
notfound-text = Bu adreste bir sayfa yok. Sayfa taşınmış ya da bağlantı yanlış yazılmış olabilir.
notfound-home = Ana sayfaya git
