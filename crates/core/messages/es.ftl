# La interfaz en español. Mismos ids y variables que en.ftl.

## Recuentos y puntuaciones

reading-time = { $minutes } min de lectura
question-of = Pregunta { $number } de { $total }
questions = { $count ->
    [one] { $count } pregunta
    [many] { $count } de preguntas
   *[other] { $count } preguntas
}
score-out-of = { $correct } de { $total }
score-percent = { $percent } %
score = { $correct } de { $total } ({ $percent } %)
you-scored = Has acertado { $correct } de { $total } ({ $percent } %)
answered-of = Has respondido { $answered } de { $total ->
    [one] { $total } pregunta
    [many] { $total } de preguntas
   *[other] { $total } preguntas
}
