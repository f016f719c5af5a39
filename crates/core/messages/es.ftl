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

## El marco del sitio

skip-to-content = Saltar al contenido
tagline = Las noticias, explicadas
nav-progress = Mi progreso
nav-words = Mis palabras
footer-about = Gloss es un lector de código abierto para noticias explicadas. Funciona en tu navegador: sin cuenta, y nada de lo que haces se envía a ninguna parte.
interface-language = Idioma
back-to-articles = Volver a los artículos
try-again = Reintentar
opens-new-tab = (se abre en una pestaña nueva)

## La portada

index-heading = Noticias explicadas
index-lede = Grandes historias, explicadas paso a paso, con términos clave y un cuestionario para comprobar lo que has entendido.
search-label = Buscar artículos
search-needs-js = La búsqueda necesita JavaScript. Aun así puedes explorar por categoría.
categories = Categorías
category-all = Todas
category-all-matches = Todos los resultados
loading-articles = Cargando artículos…
latest-articles = Últimos artículos
latest-articles-page = Últimos artículos, página { $page } de { $pages }
category-page = { $category }, página { $page } de { $pages }
no-articles-heading = Todavía no hay artículos
no-articles-text = Esta colección aún no tiene artículos. Vuelve pronto.
articles = { $count ->
    [one] { $count } artículo
    [many] { $count } de artículos
   *[other] { $count } artículos
}
showing = se muestra el { $from }
showing-range = se muestran del { $from } al { $to }
pages = Páginas
page-of = Página { $page } de { $pages }
pager-newest = Más recientes
pager-newer = ← Más nuevos
pager-older = Más antiguos →
searching = Buscando…
no-matches = Ningún artículo coincide
articles-found = { $count ->
    [one] Se encontró { $count } artículo
    [many] Se encontraron { $count } de artículos
   *[other] Se encontraron { $count } artículos
}
search-results = Resultados de la búsqueda
show-more-results = Mostrar más resultados
search-saved-only = Ahora mismo la búsqueda no llega a la lista completa, así que solo se han buscado los artículos guardados en este dispositivo.
search-try-other = Prueba con menos palabras o con otras, o con otra categoría.
clear-filters = Quitar los filtros

## La página del artículo

loading-article = Cargando el artículo…
original-reporting = Información original:
attachments = Archivos adjuntos
attachment-pdf = PDF
attachment-video = Vídeo
attachment-audio = Audio
attachment-link = Enlace
reading-level = Nivel de lectura
explained-for = Explicado para:
section-whats-going-on = Qué está pasando
section-how-to-think = Cómo pensar en ello
section-key-points = Lo esencial
section-why-it-matters = Por qué importa
section-bigger-picture = El panorama general

## Términos clave

key-terms = Términos clave
looked-up = Ya lo consultaste
back-to-text = Volver a donde aparece
see-in-key-terms = Verlo en los términos clave
