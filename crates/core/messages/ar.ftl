# الواجهة بالعربية. المعرّفات والمتغيرات نفسها كما في en.ftl.

## الأعداد والنتائج

reading-time = { $minutes ->
    [one] قراءة في دقيقة واحدة
    [two] قراءة في دقيقتين
    [few] قراءة في { $minutes } دقائق
   *[other] قراءة في { $minutes } دقيقة
}
question-of = السؤال { $number } من { $total }
questions = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
score-out-of = { $correct } من { $total }
score-percent = { $percent }٪
score = { $correct } من { $total } ({ $percent }٪)
you-scored = نتيجتك { $correct } من { $total } ({ $percent }٪)
answered-of = أجبت عن { $answered } من { $total ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالين
    [few] { $total } أسئلة
    [many] { $total } سؤالًا
   *[other] { $total } سؤال
}

## إطار الموقع

skip-to-content = تخطَّ إلى المحتوى
tagline = الأخبار بشرحٍ واضح
nav-progress = تقدّمي
nav-words = كلماتي
footer-about = Gloss قارئ مفتوح المصدر للأخبار المشروحة. يعمل في متصفحك: بلا حساب، ولا يُرسَل شيء مما تفعله إلى أي مكان.
for-authors = للمؤلفين
for-authors-preview = للمؤلفين: عاين مقالًا قبل نشره
interface-language = اللغة
back-to-articles = العودة إلى المقالات
try-again = أعد المحاولة
opens-new-tab = (يُفتح في علامة تبويب جديدة)

## الصفحة الرئيسية

index-heading = أخبار مشروحة
index-lede = قصص كبرى مشروحة خطوة بخطوة، مع المصطلحات الأساسية واختبار قصير لتتأكد من فهمك.
search-label = ابحث في المقالات
search-needs-js = يحتاج البحث إلى JavaScript. ويمكنك مع ذلك التصفح حسب الفئة.
categories = الفئات
category-all = الكل
category-all-matches = كل النتائج
loading-articles = جارٍ تحميل المقالات…
latest-articles = أحدث المقالات
latest-articles-page = أحدث المقالات، الصفحة { $page } من { $pages }
category-page = { $category }، الصفحة { $page } من { $pages }
no-articles-heading = لا مقالات بعد
no-articles-text = لا تضم هذه المجموعة أي مقالات بعد. عُد قريبًا.
articles = { $count ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
showing = المعروض: { $from }
showing-range = المعروض: من { $from } إلى { $to }
pages = الصفحات
page-of = الصفحة { $page } من { $pages }
pager-newest = الأحدث
pager-newer = → الأجدد
pager-older = الأقدم ←
searching = جارٍ البحث…
search-too-short = { $count ->
    [one] اكتب حرفًا واحدًا على الأقل للبحث.
    [two] اكتب حرفين على الأقل للبحث.
    [few] اكتب { $count } أحرف على الأقل للبحث.
   *[other] اكتب { $count } حرفًا على الأقل للبحث.
}
no-matches = لا مقالات مطابقة
articles-found = { $count ->
    [zero] لم يُعثر على أي مقال
    [one] عُثر على مقال واحد
    [two] عُثر على مقالين
    [few] عُثر على { $count } مقالات
    [many] عُثر على { $count } مقالًا
   *[other] عُثر على { $count } مقال
}
search-results = نتائج البحث
show-more-results = اعرض مزيدًا من النتائج
search-saved-only = تعذّر على البحث الوصول إلى القائمة الكاملة الآن، لذا بُحث فقط في المقالات المحفوظة على هذا الجهاز.
search-try-other = جرّب كلمات أقل أو مختلفة، أو فئة أخرى.
clear-filters = امسح عوامل التصفية

## صفحة المقال

loading-article = جارٍ تحميل المقال…
original-reporting = التقرير الأصلي:
attachments = المرفقات
attachment-pdf = PDF
attachment-video = فيديو
attachment-audio = صوت
attachment-link = رابط
reading-level = مستوى القراءة
explained-for = مشروح لـ:
section-whats-going-on = ماذا يحدث
section-how-to-think = كيف نفكر في الأمر
section-key-points = أهم ما ينبغي معرفته
section-why-it-matters = لماذا يهم
section-bigger-picture = الصورة الأشمل

## المصطلحات الأساسية

key-terms = المصطلحات الأساسية
looked-up = بحثتَ عن هذا
back-to-text = عُد إلى موضعه في النص
see-in-key-terms = اطّلع عليه في المصطلحات الأساسية

## الاختبار

quiz-heading = تحقّق من فهمك
quiz-needs-js = يحتاج هذا الاختبار إلى JavaScript. فعِّله في إعدادات متصفحك لتجيب عن الأسئلة وترى نتيجتك؛ أما المقال ومصطلحاته الأساسية فتعمل من دونه.
quiz-unfinished = لديك اختبار لم تُكمله
quiz-started-on = بدأته في { $date }.
quiz-continue = تابع الاختبار
quiz-changed = تغيّر هذا الاختبار منذ أن بدأته، لذا لا يمكن استخدام إجاباتك غير المكتملة. ابدأ من جديد أدناه.
quiz-not-restored = تعذّرت استعادة اختبارك غير المكتمل. ابدأ من جديد أدناه.
quiz-mode-question = كيف تريد أن تتحقق من إجاباتك؟
quiz-mode-immediate = تحقّق من كل إجابة أولًا بأول
quiz-mode-immediate-hint = اعرف بعد كل سؤال إن كانت إجابتك صحيحة، ولماذا.
quiz-mode-at-end = تحقّق منها كلها في النهاية
quiz-mode-at-end-hint = أجب عن كل الأسئلة أولًا، ثم انظر كيف كان أداؤك.
quiz-start = ابدأ الاختبار
quiz-start-new = ابدأ اختبارًا جديدًا
hint-single = اختر إجابة واحدة.
hint-true-false = اختر صواب أو خطأ.
hint-multiple = اختر كل الإجابات الصحيحة.
error-prefix = خطأ:
select-an-answer = اختر إجابة
select-at-least-one = اختر إجابة واحدة على الأقل
check-answer = تحقّق من الإجابة
see-results = اعرض نتائجك
next-question = السؤال التالي
previous-question = السؤال السابق
choice-yours-right = إجابتك: صحيحة
choice-right = الإجابة الصحيحة
choice-yours-wrong = إجابتك: خاطئة
verdict-correct = صحيح
verdict-incorrect = خطأ
verdict-not-answered = لم تُجب
mark-right = صحيحة
mark-wrong = خاطئة
your-answer = إجابتك
your-answers = إجاباتك
right-answer = الإجابة الصحيحة
right-answers = الإجابات الصحيحة
no-answer = لم تُجب عن هذا السؤال.
none-chosen = لا شيء
found-of = وجدتَ { $found } من الإجابات الصحيحة البالغ عددها { $total }.
show-in-text = أرني موضعه في النص
question-number = (السؤال { $number })
question-label = السؤال { $number }:
unanswered-heading = { $count ->
    [zero] لم تترك أي سؤال بلا إجابة
    [one] لم تُجب عن سؤال واحد
    [two] لم تُجب عن سؤالين
    [few] لم تُجب عن { $count } أسئلة
    [many] لم تُجب عن { $count } سؤالًا
   *[other] لم تُجب عن { $count } سؤال
}
unanswered-count-wrong = الأسئلة التي بلا إجابة تُحسب خاطئة.
go-to-question = انتقل إلى السؤال { $number }
check-anyway = تحقّق من إجاباتي على أي حال
check-my-answers = تحقّق من إجاباتي
no-finished-quiz = لا يوجد اختبار مكتمل لعرضه.
score-saved = حُفظت نتيجتك في هذا المتصفح.
score-blocked = متصفحك لا يسمح لـ Gloss بحفظ أي شيء، لذا ستبقى هذه النتيجة حتى تُغلق علامة التبويب هذه فقط. يمكنك تصديرها من صفحة تقدّمي.
score-unsaved = تعذّر حفظ هذه النتيجة على هذا الجهاز، لذا ستبقى حتى تُغلق علامة التبويب هذه فقط. يمكنك تصديرها من صفحة تقدّمي.
new-order-hint = عندما تحاول مرة أخرى، تظهر الأسئلة والإجابات بترتيب جديد.

## التقدّم

best-score = أفضل نتيجة
last-score = آخر نتيجة
attempts-label = المحاولات
attempts = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولةً
   *[other] { $count } محاولة
}
outdated-all = كانت هذه المحاولات على نسخة سابقة من هذا الاختبار.
outdated-some = { $count ->
    [zero] لم تكن أي محاولة على نسخة سابقة من هذا الاختبار.
    [one] كانت محاولة واحدة على نسخة سابقة من هذا الاختبار.
    [two] كانت محاولتان على نسخة سابقة من هذا الاختبار.
    [few] كانت { $count } محاولات على نسخة سابقة من هذا الاختبار.
    [many] كانت { $count } محاولةً على نسخة سابقة من هذا الاختبار.
   *[other] كانت { $count } محاولة على نسخة سابقة من هذا الاختبار.
}
badge-read = مقروء
badge-best = أفضل نتيجة { $score }
badge-last = الأخيرة { $score }
badge-in-progress = اختبار قيد التقدّم
progress-saved = يُحفظ تقدّمك في هذا المتصفح، على هذا الجهاز. لا يُرسَل شيء إلى أي مكان.
progress-memory-only = يُحفظ تقدّمك في علامة التبويب هذه فقط.
progress-blocked = متصفحك لا يسمح لـ Gloss بتخزين أي شيء، لذا يبقى تقدّمك حتى تُغلق علامة التبويب هذه فقط. صدِّره أدناه لتحتفظ به.
progress-unsaved = لم يُحفظ آخر تقدّم لك على هذا الجهاز: { $error }. سيبقى في علامة التبويب هذه حتى تُغلقها؛ صدِّره أدناه لتحتفظ به.
unfinished-quizzes = اختبارات لم تكتمل
scores-appear-here = عندما تُنهي اختبارًا، تظهر نتائجك هنا.
progress-empty = لم تقرأ أي مقال ولم تُجرِ أي اختبار في هذا المتصفح بعد.
articles-heading = المقالات
scores-over-time = النتائج عبر الزمن
export-and-import = التصدير والاستيراد
reset-progress = إعادة ضبط التقدّم
articles-appear-here = تظهر هنا المقالات التي تفتحها.
not-in-list = (غير موجود في قائمة المقالات الحالية)
last-read-on = آخر قراءة في { $date }.
not-opened = لم يُفتح في هذا المتصفح.
no-quiz-finished = لم تُنهِ أي اختبار بعد.
unfinished-here = لديك هنا اختبار لم تُكمله.
continue-quiz-on = تابع اختبار «{ $title }»
chart-title = نتائج اختباراتك عبر الزمن
chart-many = رسم بياني خطي لآخر نتائج اختباراتك وعددها { $count }، من { $first } في { $first-date } إلى { $last } في { $last-date }. يسرد الجدول أدناه كل النتائج.
chart-one = نتيجة اختبار واحدة: { $score } في { $date }.
chart-caption = كل نقطة اختبار مكتمل، والأقدم على اليسار، مرقّمة كما في الجدول.
chart-as-table = اعرض النتائج في جدول
chart-table-caption = نتائج اختباراتك، من الأقدم إلى الأحدث
column-date = التاريخ
column-article = المقال
column-score = النتيجة

## بلا اتصال والتحديثات

offline-now = أنت غير متصل بالإنترنت.
offline-saved-still-work = المقالات المحفوظة على هذا الجهاز ما زالت تعمل.
new-version = يتوفر إصدار جديد من Gloss.
reload = أعد التحميل
saving-offline = جارٍ الحفظ للقراءة دون اتصال…
save-no-answer = تعذّر الحفظ: لم يستجب مخزن القراءة دون اتصال. أعد المحاولة، أو أعد تحميل الصفحة.
save-failed = تعذّر الحفظ. أعد المحاولة عندما تتصل بالإنترنت.
available-offline = متاح دون اتصال
not-available-offline = غير متاح دون اتصال
save-for-offline = احفظ للقراءة دون اتصال
save-for-offline-title = احفظ للقراءة دون اتصال: { $title }

## رابط كلماتي

words-due = كلماتي: { $count ->
    [zero] لا كلمات للمراجعة اليوم
    [one] كلمة واحدة للمراجعة اليوم
    [two] كلمتان للمراجعة اليوم
    [few] { $count } كلمات للمراجعة اليوم
    [many] { $count } كلمةً للمراجعة اليوم
   *[other] { $count } كلمة للمراجعة اليوم
}

## العرض والطباعة

display = العرض
display-settings = إعدادات العرض
display-not-kept = هذا المتصفح لا يحتفظ ببيانات Gloss، لذا تبقى هذه الإعدادات حتى تُغلق هذه الصفحة فقط.
reset-defaults = استعد الإعدادات الافتراضية
done = تم
print-worksheet = اطبع ورقة العمل
print-answer-key = اطبع مفتاح الإجابات
print-name-line = الاسم: ______________________   التاريخ: ____________
answer-key = مفتاح الإجابات

## كلماتي

words-lede = المصطلحات الأساسية التي فتحتها أثناء القراءة. راجع بعضها كل يوم: الكلمة التي تعرفها تعود إليك بعد فترات تطول شيئًا فشيئًا.
review = المراجعة
words-by-article = الكلمات حسب المقال
words-empty = عندما تفتح مصطلحًا أساسيًا في مقال، يظهر هنا مع تعريفه.
words-exported = تُصدَّر كلماتك وتُستورَد مع تقدّمك، في صفحة
card-position = { $number } من { $total } · الصندوق { $box }
knew-it-box = عرفتها: الصندوق { $box }.
not-yet-box = ليس بعد: عودة إلى الصندوق 1.
review-finished = انتهت المراجعة.
nothing-to-review = لا شيء للمراجعة اليوم.
words-due-today = { $count ->
    [zero] لا كلمات للمراجعة اليوم.
    [one] كلمة واحدة للمراجعة اليوم.
    [two] كلمتان للمراجعة اليوم.
    [few] { $count } كلمات للمراجعة اليوم.
    [many] { $count } كلمةً للمراجعة اليوم.
   *[other] { $count } كلمة للمراجعة اليوم.
}
review-result = انتهت المراجعة: عرفتَ { $knew } من { $total ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتين
    [few] { $total } كلمات
    [many] { $total } كلمةً
   *[other] { $total } كلمة
}.
card-from = من «{ $title }»
start-review = ابدأ المراجعة
show-definition = اعرض التعريف
knew-it = عرفتها
not-yet = ليس بعد

## المشاركة والتضمين

share-selected = تم التحديد. اضغط Ctrl+C (أو ⌘C) للنسخ.
share-heading = شارك هذا المقال أو ضمِّنه
share-link = رابط هذا المقال
link-copied = نُسخ الرابط.
copy-link = انسخ الرابط
embed-code = شيفرة التضمين لموقع مدرسة أو منصة تعليمية
embed-copied = نُسخت شيفرة التضمين.
copy-embed = انسخ شيفرة التضمين
embed-hint = يضم المقال المضمَّن مصطلحاته الأساسية واختباره، من دون رأس صفحة Gloss وتذييلها. ويُبقي البرنامج النصي ارتفاع الإطار مساويًا لطول المقال.
open-full-article = افتح المقال كاملًا
embed-blocked = هذا المتصفح لا يسمح للاختبار المضمَّن بحفظ أي شيء: يبقى تقدّمك في هذا الإطار فقط حتى تغادر الصفحة.
embed-apart = يبقى تقدّم الاختبار في هذا الإطار فقط: وهو منفصل عن موقع Gloss نفسه.

## تنبيهات التخزين وإعادة الضبط

progress-kept-in-tab = يبقى تقدّمك في علامة التبويب هذه حتى تُغلقها، ويمكنك تصديره إلى ملف من صفحة تقدّمي.
notice-blocked-title = لن يُحفظ تقدّمك على هذا الجهاز
notice-blocked = متصفحك لا يسمح لـ Gloss بتخزين أي شيء. يحدث هذا عندما تُحظر ملفات تعريف الارتباط وبيانات المواقع، وفي بعض النوافذ الخاصة، وعندما يُعرض Gloss داخل موقع آخر. الاختبارات ما زالت تعمل.
notice-unsaved-title = تعذّر حفظ آخر تقدّم لك
notice-quota = امتلأت المساحة التي يمنحها متصفحك لـ Gloss. لم يضِع شيء مما حُفظ من قبل.
notice-write-failed = قال المتصفح: { $error }. لم يضِع شيء مما حُفظ من قبل.
notice-unreadable-title = تعذّرت قراءة بعض التقدّم المحفوظ
notice-quarantined = وجد Gloss تقدّمًا محفوظًا لا يستطيع قراءته ({ $error }). نُحّي جانبًا في هذا المتصفح دون حذفه، وبدأ Gloss سجلًا جديدًا.
notice-dropped = { $count ->
    [zero] لم يُستبعد أي سجل محفوظ. نُحّي الأصل جانبًا في هذا المتصفح دون حذفه.
    [one] تعذّرت قراءة سجل محفوظ واحد فاستُبعد. نُحّي الأصل جانبًا في هذا المتصفح دون حذفه.
    [two] تعذّرت قراءة سجلَّين محفوظَين فاستُبعدا. نُحّي الأصل جانبًا في هذا المتصفح دون حذفه.
    [few] تعذّرت قراءة { $count } سجلات محفوظة فاستُبعدت. نُحّي الأصل جانبًا في هذا المتصفح دون حذفه.
    [many] تعذّرت قراءة { $count } سجلًا محفوظًا فاستُبعدت. نُحّي الأصل جانبًا في هذا المتصفح دون حذفه.
   *[other] تعذّرت قراءة { $count } سجل محفوظ فاستُبعدت. نُحّي الأصل جانبًا في هذا المتصفح دون حذفه.
}
notice-untouched-title = تعذّرت قراءة التقدّم المحفوظ
notice-cannot-set-aside = وجد Gloss تقدّمًا محفوظًا لا يستطيع قراءته ولا تنحيته جانبًا ({ $error })، فتركه كما هو.
notice-newer-title = إصدار أحدث من Gloss يحفظ تقدّمك
notice-newer = حفظ إصدارٌ أحدث من Gloss التقدّمَ في هذا المتصفح، ولا تستطيع هذه الصفحة قراءته، فتركته كما هو. أعد تحميل الصفحة لتحصل على الإصدار الأحدث وتواصل الحفظ.
go-to-progress = انتقل إلى تقدّمي
dismiss = إغلاق
reset-explained = يحذف من هذا المتصفح نتائج اختباراتك والاختبارات غير المكتملة وسجل قراءتك.
reset-confirm-heading = أتحذف كل تقدّمك في هذا المتصفح؟
reset-counts = سيُحذف من هذا المتصفح { $attempts ->
    [zero] لا شيء من محاولات الاختبارات
    [one] محاولة اختبار واحدة
    [two] محاولتا اختبار
    [few] { $attempts } محاولات اختبار
    [many] { $attempts } محاولةَ اختبار
   *[other] { $attempts } محاولة اختبار
} وسجل قراءة { $articles ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالين
    [few] { $articles } مقالات
    [many] { $articles } مقالًا
   *[other] { $articles } مقال
}. لا يمكن التراجع عن ذلك. إن أردت نسخة، فصدِّر تقدّمك أولًا.
reset-yes = نعم، احذف تقدّمي
cancel = إلغاء
reset-done = حُذف تقدّمك من هذا المتصفح.
reset-failed = مُسح تقدّمك في علامة التبويب هذه، لكن المتصفح لم يستطع حذف النسخة المحفوظة: { $error }.

## التصدير والاستيراد

export-failed = تعذّر تصدير تقدّمك: { $error }.
import-too-large = الملف { $file } أكبر من أن يكون ملف تقدّم لـ Gloss. لم يتغيّر شيء.
import-unreadable = تعذّرت قراءة { $file }: { $error }.
import-failed = تعذّر استيراد «{ $file }»: { $error }. لم يتغيّر شيء.
import-kept-in-tab = يبقى في علامة التبويب هذه فقط، لأن هذا المتصفح لا يحفظ التقدّم.
exported-as = نُزِّل تقدّمك باسم { $file }. احتفظ به لتستورده في متصفح آخر.
import-skipped = { $count ->
    [zero] لم يُتخطَّ أي سجل في الملف:
    [one] تعذّرت قراءة سجل واحد في الملف فتُخطّي:
    [two] تعذّرت قراءة سجلَّين في الملف فتُخطّيا:
    [few] تعذّرت قراءة { $count } سجلات في الملف فتُخطّيت:
    [many] تعذّرت قراءة { $count } سجلًا في الملف فتُخطّيت:
   *[other] تعذّرت قراءة { $count } سجل في الملف فتُخطّيت:
}
and-more = و{ $count } غيرها
imported = اكتمل الاستيراد: أُضيفت { $added ->
    [zero] لا محاولات
    [one] محاولة اختبار واحدة
    [two] محاولتا اختبار
    [few] { $added } محاولات اختبار
    [many] { $added } محاولةَ اختبار
   *[other] { $added } محاولة اختبار
}، و{ $known } كانت موجودة هنا من قبل.
transfer-explained = احفظ تقدّمك في ملف لتحتفظ بنسخة منه أو لتنقله إلى متصفح أو جهاز آخر. استيراد ملف يضيف محاولاته إلى المحاولات الموجودة هنا؛ ولا يُستبدل شيء.
export-progress = صدِّر تقدّمي
import-progress = استورد ملف تقدّم

## أخطاء التحميل

article-not-found = المقال غير موجود
list-not-found = قائمة المقالات غير موجودة
article-not-found-text = لا يوجد مقال في هذا العنوان. ربما نُقل، أو كُتب الرابط خطأً.
list-not-found-text = لا توجد قائمة مقالات في هذا العنوان. ربما نُقلت، أو كُتب الرابط خطأً.
article-cant-show = لا يمكن عرض هذا المقال
list-cant-show = لا يمكن عرض قائمة المقالات هذه
file-has-problems = في الملف { $file } مشكلات، لذا لن يعرضه Gloss.
problem = المشكلة:
more-problems = (و{ $count } غيرها)
validator-hint = إن كنت كاتبه، فأداة التحقق تسرد كل المشكلات:
article-offline = المقال غير متاح دون اتصال
list-offline = قائمة المقالات غير متاحة دون اتصال
article-offline-text = أنت غير متصل، ولم يُحفظ المقال على هذا الجهاز. المقالات التي فتحتها من قبل، أو حفظتها للقراءة دون اتصال، ما زالت تعمل.
list-offline-text = أنت غير متصل، ولم تُحفظ قائمة المقالات على هذا الجهاز. المقالات التي فتحتها من قبل، أو حفظتها للقراءة دون اتصال، ما زالت تعمل.
back-online = أعد المحاولة عندما تعود متصلًا.
http-status = أجاب الخادم بالرمز { $status }.
check-connection = تحقّق من اتصالك بالإنترنت، ثم أعد المحاولة.
article-couldnt-load = تعذّر تحميل المقال
list-couldnt-load = تعذّر تحميل قائمة المقالات
setting-size = حجم النص
setting-line = تباعد الأسطر
setting-spacing = تباعد الحروف والكلمات
setting-font = الخط
setting-theme = الألوان
size100 = 100٪
size125 = 125٪
size150 = 150٪
size175 = 175٪
size200 = 200٪
choice-normal = عادي
choice-wide = واسع
choice-wider = أوسع
font-default = الافتراضي
font-serif = خط مذيَّل
font-readable = سهل القراءة (لمن لديهم عسر القراءة)
theme-system = مثل جهازي
theme-light = فاتح
theme-dark = داكن
theme-sepia = بني فاتح
theme-contrast = تباين عالٍ

## القراءة بصوت عالٍ

listen = استمع
read-aloud = القراءة بصوت عالٍ
previous-sentence = الجملة السابقة
play = تشغيل
pause = إيقاف مؤقت
stop = إيقاف
next-sentence = الجملة التالية
speed = السرعة
voice = الصوت
include-key-terms = اقرأ المصطلحات الأساسية أيضًا
stopped = توقفت القراءة.
finished-reading = انتهت القراءة.
reading-sentence = جارٍ قراءة الجملة { $number } من { $total }.
paused-at = متوقف مؤقتًا عند الجملة { $number } من { $total }.
speech-failed = توقفت القراءة بصوت عالٍ: أبلغ صوت الجهاز عن مشكلة ({ $code }).
no-voices = لا توجد على هذا الجهاز أصوات للقراءة بصوت عالٍ. يمكن إضافتها من إعدادات الكلام أو اللغة فيه.
no-voice-for = لا يوجد على هذا الجهاز صوت لـ{ $language }، لغة هذا المقال. يمكن إضافة صوت من إعدادات الكلام أو اللغة فيه.

## عناوين الصفحات وأوصافها

site-title = Gloss — أخبار مشروحة
site-description = يشرح Gloss الأخبار للقرّاء الصغار: أقسام واضحة ومصطلحات أساسية واختبار قصير، في متصفحك مباشرة.
title-page = الصفحة { $page } · { $site }
title-category = { $category } · { $site }
title-category-page = { $category }، الصفحة { $page } · { $site }
description-category = { $category }: { $description }
title-article = { $title } · Gloss
title-article-not-found = المقال غير موجود · Gloss
title-article-unavailable = المقال غير متاح · Gloss
title-loading = جارٍ التحميل… · Gloss
title-search = بحث: { $query } · Gloss
title-progress = تقدّمي · Gloss
description-progress = نتائج اختباراتك وسجل قراءتك في Gloss، محفوظة في هذا المتصفح.
title-words = كلماتي · Gloss
description-words = المصطلحات الأساسية التي فتحتها في Gloss، مع تعريفاتها، لتراجعها بالبطاقات.

## الاختبار، تتمة

from-the-text = من النص:
question-cannot-show = لا يمكن عرض هذا السؤال.

## معاينة المؤلفين

preview-heading = معاينة مقال
preview-title-page = معاينة مقال · Gloss
preview-title-article = معاينة: { $title } · Gloss
preview-title-problems = معاينة: وُجدت مشكلات · Gloss
preview-footer = تعمل المعاينة في متصفحك: الملف الذي تختاره لا يُرفع أبدًا.
preview-intro = افحص ملف JSON لمقال وشاهده كما سيراه القراء تمامًا، قبل أن تنشره. يبقى الملف على هذا الجهاز: يُقرأ هنا في متصفحك، ولا يُرفع ولا يُرسل إلى أي مكان. لا يُحفظ شيء، ولا حتى إجابات الاختبار.
preview-drop = أفلت ملف JSON لمقال هنا
preview-or = أو
preview-choose = اختر ملف مقال (.json)
preview-file-hint = ملف واحد لا يتجاوز 1 ميغابايت، بالصيغة الموصوفة في docs/content-format.md.
preview-picker-type = مقال JSON
preview-watch = افتح ملفًا وأعد فحصه عندما يتغير
preview-check-again = افحص مرة أخرى
preview-watching = نراقب الملف: يُفحص من جديد خلال ثانية من كل حفظ، ما دامت هذه الصفحة ظاهرة.
preview-reading = جارٍ قراءة الملف…
preview-how-readers = كما سيراه القراء
preview-the-file = الملف
preview-checked-ok = فُحص في { $time }: لا مشكلات في { $name }. يظهر المقال أدناه كما سيراه القراء.
preview-checked-problems = فُحص في { $time }: { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلةً
   *[other] { $count } مشكلة
} في { $name }.
preview-problems-heading = { $count ->
    [zero] لا مشكلات في { $name }
    [one] توجد مشكلة في { $name }
    [two] توجد مشكلتان في { $name }
    [few] توجد { $count } مشكلات في { $name }
    [many] توجد { $count } مشكلةً في { $name }
   *[other] توجد { $count } مشكلة في { $name }
}
preview-whole-file = الملف كله
preview-line-column = السطر { $line }، العمود { $column }
preview-fix-hint = أصلح الملف في محررك واحفظه، ثم اختر «افحص مرة أخرى».
preview-same-checks = تجري الفحوص نفسها في
preview-empty = الملف فارغ.
preview-too-large = حجم الملف { $size } كيلوبايت، والحد الأقصى للمقال { $max } كيلوبايت. لم يُقرأ.
preview-not-json = هذا ملف { $format }، وليس ملف JSON.
preview-not-text = هذا ليس ملفًا نصيًا: البايت { $offset } ليس نصًا بترميز UTF-8. احفظ المقال بصيغة JSON وترميز UTF-8.
preview-unreadable = تعذّر على المتصفح قراءة الملف ({ $reason }). إن تغيّر منذ أن اخترته، فاختره مرة أخرى.
preview-details-english = تفاصيل كل مشكلة بالإنجليزية، كما يكتبها الأمر cargo xtask validate.
