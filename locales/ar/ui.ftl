# واجهة الموقع: ما تقوله كل صفحة أيًّا كان الدليل الذي تنتمي إليه (العربية). أما الكلمات
# الخاصة برموز دليلٍ ما وخصائصها فهي في ملف ذلك الدليل (locales/<lang>/<catalog>.ftl).
#
# أعراف تسري على كل لغة:
# - المقطع المحصور بين علامتَي الاقتباس المائلتين (`) نص حرفي من البروتوكول (أمر أو عنوان): يُعرض بخط الشيفرة
#   ويبقى من اليسار إلى اليمين. لا تترجمه.
# - المتغيرات مثل { $a } تحمل رموزًا أو أسماء؛ احتفظ بكل متغيرات الرسالة الإنجليزية.

# Glossary (مسرد المصطلحات): المصطلحات الثابتة في هذه اللغة، مأخوذة من الملفات السابقة.
# التزم بها في ui.ftl وفي ملفات الأدلة (مثل smtp.ftl).
# - reply code: رمز الرد (الجمع: رموز الردود)؛ protocol codes: رموز البروتوكولات
# - code: رمز (الجمع: رموز)؛ reply: رد (الجمع: ردود)؛ command: أمر (الجمع: أوامر)
# - catalog: دليل؛ catalog index: فهرس الدليل
# - comparison: مقارنة؛ comparison page: صفحة المقارنة؛ compare: قارن
# - fact: خاصية (الجمع: خصائص)، أي معلومة يقارن بها الدليل بين الرموز
# - specification: مواصفة (الجمع: مواصفات)؛ RFC: مستند RFC
# - client: العميل؛ server: الخادم؛ receiving server: الخادم المستقبِل؛ sending server: الخادم المرسِل
# - sender: المرسل؛ recipient: المستلم؛ user: المستخدم
# - administrator: مسؤول الخادم؛ postmaster: مسؤول البريد
# - permanent failure: إخفاق دائم؛ transient (temporary) failure: إخفاق مؤقت
# - class (first digit): الفئة؛ second digit: الرقم الثاني، وتصنيفه: فئة (مثل فئة الصياغة)
# - positive completion: رد إتمام إيجابي؛ positive intermediate: رد إيجابي وسيط؛
#   transient negative completion: رد إتمام سلبي مؤقت؛ permanent negative completion: رد إتمام سلبي دائم
# - enhanced status code: رمز الحالة المحسّن (الجمع: رموز الحالة المحسّنة)
# - envelope: الظرف؛ session: الجلسة؛ transaction: المعاملة؛ connection: الاتصال
# - retry: إعادة المحاولة (الفعل: يعيد المحاولة)؛ queue: قائمة الانتظار
# - greeting (the server's first reply): التحية؛ the client's greeting (`EHLO`/`HELO`): تحية العميل
# - authentication: المصادقة؛ credentials: بيانات الاعتماد؛ mechanism: آلية
# - mailbox: صندوق البريد؛ relay: المرحِّل؛ forward path: مسار التوجيه؛ bounce message: رسالة الارتداد
# - deprecated: متقادم؛ extension: امتداد؛ parameter: معلمة؛ argument: وسيطة

## الواجهة

site-name = رموز البروتوكولات
site-tagline = ماذا تعني رموز البروتوكولات، وكيف يختلف بعضها عن بعض، وما الذي تفعله حين تصادفها.
skip-link = انتقل إلى المحتوى
nav-breadcrumb = مسار التنقل
nav-languages = لغات أخرى
nav-home = الرئيسية
footer-note = أنشأ codesite هذا الموقع اعتمادًا على المواصفات المذكورة في كل صفحة. النصوص الواردة في الأمثلة للتوضيح فقط؛ فكل تطبيق برمجي يصوغها بطريقته.
# ما يفصل بين عناصر قائمة داخل جملة ("EHLO، HELO").
list-join = {"، "}

## اختيار اللغة (الصفحة الجذرية للموقع)

chooser-choose = اقرأ بالعربية

## الصفحة الرئيسية للغة

home-title = شرح رموز البروتوكولات
home-intro = لكل رمز صفحته الخاصة: معناه بحسب المواصفة التي تعرّفه، ومتى تصادفه، وما الذي تفعله حياله. ويمكنك أن تقارن بين أي رمزين من الدليل نفسه جنبًا إلى جنب.
# $count: عدد الرموز في الدليل
home-catalog-count = { $count ->
    [zero] لا رموز
    [one] رمز واحد
    [two] رمزان
    [few] { $count } رموز
    [many] { $count } رمزًا
   *[other] { $count } رمز
}

## فهرس الدليل

# $count: عدد الرموز في الصفحة
catalog-count = { $count ->
    [zero] لا يصف هذا الدليل أي رمز بعد.
    [one] يصف هذا الدليل رمزًا واحدًا.
    [two] يصف هذا الدليل رمزين.
    [few] يصف هذا الدليل { $count } رموز.
    [many] يصف هذا الدليل { $count } رمزًا.
   *[other] يصف هذا الدليل { $count } رمز.
}
# عنوان مجموعة الرموز التي ليس لها قيمة في الخاصية التي يجمّع الدليل رموزه بحسبها.
catalog-other = رموز أخرى

## البحث والمقارنة في فهرس الدليل. يظهران فقط حين يشغّل المتصفح JavaScript.

find-label = ابحث عن رمز
find-hint = اكتب بداية الرمز، أو كلمات من اسمه أو وصفه.
# $count: عدد الرموز التي تطابق ما كتبه القارئ (واحد على الأقل).
find-count = { $count ->
    [zero] لا يطابق أي رمز.
    [one] يطابق رمز واحد.
    [two] يطابق رمزان.
    [few] يطابق { $count } رموز.
    [many] يطابق { $count } رمزًا.
   *[other] يطابق { $count } رمز.
}
find-none = لا يطابق أي رمز. جرّب أحرفًا أقل أو كلمات أخرى.
compare-heading = قارن بين رمزين
compare-first = الرمز الأول
compare-second = الرمز الثاني
compare-go = قارن
compare-same = اختر رمزين مختلفين.

## صفحة الرمز

# $label: تسمية الدليل ("SMTP")؛ $code: الرمز؛ $name: اسمه المختصر
code-title = { $label } { $code } { $name }
code-facts = نظرة سريعة
code-description = ماذا يعني
code-when = متى تراه
code-fix = ما الذي تفعله
# قيمة خاصية من نوع نعم أو لا، مثل "متقادم": حين تصدق على الرمز، وحين لا تصدق عليه.
code-yes = نعم
code-no = لا
# $code: هذا الرمز؛ $count: عدد الرموز الأخرى التي يمكن مقارنته بها
code-compare = قارن { $code } { $count ->
    [zero] بلا رموز أخرى
    [one] بالرمز الآخر
    [two] بأي من الرمزين الآخرين
    [few] بأي من الرموز الأخرى وعددها { $count }
    [many] بأي من الرموز الأخرى وعددها { $count }
   *[other] بأي من الرموز الأخرى وعددها { $count }
}

## صفحة المقارنة

# $label: تسمية الدليل؛ $a و$b: الرمزان بترتيب الدليل؛ $nameA و$nameB: اسماهما
pair-title = { $label } { $a } { $nameA } مقابل { $b } { $nameB }
# الوصف التعريفي (meta description) لصفحة المقارنة
pair-summary = كيف يختلف { $label } { $a } عن { $b }، وما الذي يشتركان فيه، وأيهما ينطبق عليك.
pair-differences = كيف يختلفان
# حين يتفق الرمزان في كل خاصية يقارن بها الدليل.
pair-no-differences = يتفق { $a } و{ $b } في كل ما تقارنه هذه الصفحة من خصائص؛ ويبيّن وصف كلٍّ منهما أدناه ما يميّزه عن الآخر.
pair-common = ما يشتركان فيه
pair-table = جنبًا إلى جنب
pair-table-fact = الخاصية
# في جدول المقارنة، لخاصية لا تنطبق على أحد الرمزين.
pair-not-applicable = لا ينطبق
pair-guide = أيهما ينطبق عليك
pair-codes = الرمزان بالتفصيل
pair-related = مقارنات ذات صلة
# $a و$b: رمزان؛ $nameA و$nameB: اسماهما
pair-link = { $a } { $nameA } مقابل { $b } { $nameB }

## صفحة غير موجودة

notfound-title = الصفحة غير موجودة
notfound-text = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط خطأً.
notfound-home = اذهب إلى الصفحة الرئيسية
