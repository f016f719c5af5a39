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
