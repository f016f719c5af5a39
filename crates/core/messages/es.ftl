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
for-authors = Para autores
for-authors-preview = Para autores: previsualiza un artículo
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
search-too-short = { $count ->
    [one] Escribe al menos { $count } letra para buscar.
   *[other] Escribe al menos { $count } letras para buscar.
}
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

## El cuestionario

quiz-heading = Comprueba lo que has entendido
quiz-needs-js = Este cuestionario necesita JavaScript. Actívalo en la configuración del navegador para responder a las preguntas y ver tu puntuación; el artículo y sus términos clave funcionan sin él.
quiz-unfinished = Tienes un cuestionario sin terminar
quiz-started-on = Lo empezaste el { $date }.
quiz-continue = Continuar el cuestionario
quiz-changed = Este cuestionario ha cambiado desde que lo empezaste, así que tus respuestas pendientes ya no sirven. Vuelve a empezar aquí abajo.
quiz-not-restored = No se ha podido recuperar tu cuestionario sin terminar. Vuelve a empezar aquí abajo.
quiz-mode-question = ¿Cómo quieres comprobar tus respuestas?
quiz-mode-immediate = Comprobar cada respuesta sobre la marcha
quiz-mode-immediate-hint = Después de cada pregunta sabrás si has acertado y por qué.
quiz-mode-at-end = Comprobarlas todas al final
quiz-mode-at-end-hint = Responde primero a todas las preguntas y luego mira cómo te ha ido.
quiz-start = Empezar el cuestionario
quiz-start-new = Empezar un cuestionario nuevo
hint-single = Elige una respuesta.
hint-true-false = Elige verdadero o falso.
hint-multiple = Elige todas las respuestas correctas.
error-prefix = Error:
select-an-answer = Elige una respuesta
select-at-least-one = Elige al menos una respuesta
check-answer = Comprobar la respuesta
see-results = Ver tus resultados
next-question = Siguiente pregunta
previous-question = Pregunta anterior
choice-yours-right = Tu respuesta: correcta
choice-right = Respuesta correcta
choice-yours-wrong = Tu respuesta: incorrecta
verdict-correct = Correcto
verdict-incorrect = Incorrecto
verdict-not-answered = Sin responder
mark-right = correcta
mark-wrong = incorrecta
your-answer = Tu respuesta
your-answers = Tus respuestas
right-answer = Respuesta correcta
right-answers = Respuestas correctas
no-answer = No has respondido a esta pregunta.
none-chosen = ninguna
found-of = Has encontrado { $found } de las { $total } respuestas correctas.
show-in-text = Muéstramelo en el texto
question-number = (pregunta { $number })
question-label = Pregunta { $number }:
unanswered-heading = Te { $count ->
    [one] falta { $count } pregunta
    [many] faltan { $count } de preguntas
   *[other] faltan { $count } preguntas
} por responder
unanswered-count-wrong = Las preguntas sin respuesta cuentan como incorrectas.
go-to-question = Ir a la pregunta { $number }
check-anyway = Comprobar mis respuestas de todos modos
check-my-answers = Comprobar mis respuestas
no-finished-quiz = No hay ningún cuestionario terminado que mostrar.
score-saved = Tu puntuación se ha guardado en este navegador.
score-blocked = Tu navegador no deja que Gloss guarde nada, así que esta puntuación solo se conserva hasta que cierres esta pestaña. Puedes exportarla desde Mi progreso.
score-unsaved = No se ha podido guardar esta puntuación en este dispositivo, así que solo se conserva hasta que cierres esta pestaña. Puedes exportarla desde Mi progreso.
new-order-hint = Cuando lo intentes de nuevo, las preguntas y las respuestas aparecerán en otro orden.

## Progreso

best-score = Mejor puntuación
last-score = Última puntuación
attempts-label = Intentos
attempts = { $count ->
    [one] { $count } intento
    [many] { $count } de intentos
   *[other] { $count } intentos
}
outdated-all = Estos intentos fueron con una versión anterior de este cuestionario.
outdated-some = { $count ->
    [one] { $count } intento fue con una versión anterior de este cuestionario.
    [many] { $count } de intentos fueron con una versión anterior de este cuestionario.
   *[other] { $count } intentos fueron con una versión anterior de este cuestionario.
}
badge-read = Leído
badge-best = Mejor puntuación: { $score }
badge-last = Última: { $score }
badge-in-progress = Cuestionario a medias
progress-saved = Tu progreso se guarda en este navegador, en este dispositivo. No se envía nada a ninguna parte.
progress-memory-only = Tu progreso solo se conserva en esta pestaña.
progress-blocked = Tu navegador no deja que Gloss guarde nada, así que tu progreso solo dura hasta que cierres esta pestaña. Expórtalo aquí abajo para conservarlo.
progress-unsaved = Tu último progreso no se ha guardado en este dispositivo: { $error }. Se conserva en esta pestaña hasta que la cierres; expórtalo aquí abajo para no perderlo.
unfinished-quizzes = Cuestionarios sin terminar
scores-appear-here = Cuando termines un cuestionario, tus puntuaciones aparecerán aquí.
progress-empty = Todavía no has leído ningún artículo ni hecho ningún cuestionario en este navegador.
articles-heading = Artículos
scores-over-time = Puntuaciones a lo largo del tiempo
export-and-import = Exportar e importar
reset-progress = Borrar el progreso
articles-appear-here = Aquí aparecerán los artículos que abras.
not-in-list = (no está en la lista actual de artículos)
last-read-on = Leído por última vez el { $date }.
not-opened = No se ha abierto en este navegador.
no-quiz-finished = Aún no has terminado ningún cuestionario.
unfinished-here = Aquí tienes un cuestionario sin terminar.
continue-quiz-on = Continuar el cuestionario de «{ $title }»
chart-title = Tus puntuaciones a lo largo del tiempo
chart-many = Un gráfico de líneas con tus últimas { $count } puntuaciones, desde { $first } el { $first-date } hasta { $last } el { $last-date }. La tabla de abajo recoge todas las puntuaciones.
chart-one = Una puntuación: { $score } el { $date }.
chart-caption = Cada punto es un cuestionario terminado, el más antiguo a la izquierda, numerados como en la tabla.
chart-as-table = Ver las puntuaciones en una tabla
chart-table-caption = Tus puntuaciones, de la más antigua a la más reciente
column-date = Fecha
column-article = Artículo
column-score = Puntuación

## Sin conexión y actualizaciones

offline-now = No tienes conexión.
offline-saved-still-work = Los artículos guardados en este dispositivo siguen funcionando.
new-version = Hay una nueva versión de Gloss.
reload = Recargar
saving-offline = Guardando para leer sin conexión…
save-no-answer = No se ha podido guardar: el almacén sin conexión no ha respondido. Inténtalo de nuevo o recarga la página.
save-failed = No se ha podido guardar. Inténtalo de nuevo cuando tengas conexión.
available-offline = Disponible sin conexión
not-available-offline = No disponible sin conexión
save-for-offline = Guardar para leer sin conexión
save-for-offline-title = Guardar para leer sin conexión: { $title }

## Enlace a Mis palabras

words-due = Mis palabras: { $count ->
    [one] { $count } palabra para repasar hoy
    [many] { $count } de palabras para repasar hoy
   *[other] { $count } palabras para repasar hoy
}

## Visualización e impresión

display = Visualización
display-settings = Ajustes de visualización
display-not-kept = Este navegador no guarda datos de Gloss, así que estos ajustes solo duran hasta que cierres esta página.
reset-defaults = Restablecer los valores predeterminados
done = Hecho
print-worksheet = Imprimir la ficha
print-answer-key = Imprimir las soluciones
print-name-line = Nombre: ______________________   Fecha: ____________
answer-key = Clave de respuestas

## Mis palabras

words-lede = Los términos clave que abriste mientras leías. Repasa unos pocos cada día: una palabra que ya conoces vuelve tras pausas cada vez más largas.
review = Repaso
words-by-article = Palabras por artículo
words-empty = Cuando abras un término clave en un artículo, aparecerá aquí con su definición.
words-exported = Tus palabras se exportan e importan junto con tu progreso, en
card-position = { $number } de { $total } · Caja { $box }
knew-it-box = Me la sabía: caja { $box }.
not-yet-box = Todavía no: vuelve a la caja 1.
review-finished = Repaso terminado.
nothing-to-review = Hoy no hay nada que repasar.
words-due-today = { $count ->
    [one] { $count } palabra para repasar hoy.
    [many] { $count } de palabras para repasar hoy.
   *[other] { $count } palabras para repasar hoy.
}
review-result = { $total ->
    [one] Repaso terminado: te sabías { $knew } de { $total } palabra.
    [many] Repaso terminado: te sabías { $knew } de { $total } de palabras.
   *[other] Repaso terminado: te sabías { $knew } de { $total } palabras.
}
card-from = De «{ $title }»
start-review = Empezar el repaso
show-definition = Ver la definición
knew-it = Me la sabía
not-yet = Todavía no

## Compartir e insertar

share-selected = Seleccionado. Pulsa Ctrl+C (o ⌘C) para copiarlo.
share-heading = Compartir o insertar este artículo
share-link = Enlace a este artículo
link-copied = Enlace copiado.
copy-link = Copiar el enlace
embed-code = Código para insertarlo en la web de un centro escolar o en una plataforma de aprendizaje
embed-copied = Código copiado.
copy-embed = Copiar el código
embed-hint = El artículo insertado incluye sus términos clave y su cuestionario, sin la cabecera ni el pie de Gloss. El script ajusta la altura del marco a la del artículo.
open-full-article = Abrir el artículo completo
embed-blocked = Este navegador no deja que el cuestionario insertado guarde nada: tu progreso se queda solo en este marco hasta que salgas de la página.
embed-apart = El progreso del cuestionario se queda solo en este marco, separado de la web de Gloss.

## Avisos de almacenamiento y borrado

progress-kept-in-tab = Tu progreso se conserva en esta pestaña hasta que la cierres, y puedes exportarlo a un archivo desde Mi progreso.
notice-blocked-title = Tu progreso no se guardará en este dispositivo
notice-blocked = Tu navegador no deja que Gloss guarde nada. Pasa cuando se bloquean las cookies y los datos de sitios, en algunas ventanas privadas y cuando Gloss se muestra dentro de otra web. Los cuestionarios siguen funcionando.
notice-unsaved-title = No se ha podido guardar tu último progreso
notice-quota = El espacio que tu navegador da a Gloss está lleno. No se ha perdido nada de lo guardado antes.
notice-write-failed = El navegador ha dicho: { $error }. No se ha perdido nada de lo guardado antes.
notice-unreadable-title = No se ha podido leer parte del progreso guardado
notice-quarantined = Gloss ha encontrado progreso guardado que no puede leer ({ $error }). Se ha apartado en este navegador, sin borrarlo, y Gloss ha empezado un registro nuevo.
notice-dropped = { $count ->
    [one] { $count } registro guardado no se ha podido leer y se ha dejado fuera. El original se ha apartado en este navegador, sin borrarlo.
    [many] { $count } de registros guardados no se han podido leer y se han dejado fuera. El original se ha apartado en este navegador, sin borrarlo.
   *[other] { $count } registros guardados no se han podido leer y se han dejado fuera. El original se ha apartado en este navegador, sin borrarlo.
}
notice-untouched-title = No se ha podido leer el progreso guardado
notice-cannot-set-aside = Gloss ha encontrado progreso guardado que no puede leer ni apartar ({ $error }), así que lo ha dejado como estaba.
notice-newer-title = Una versión más reciente de Gloss está guardando tu progreso
notice-newer = El progreso de este navegador lo guardó una versión más reciente de Gloss que esta página no sabe leer, así que lo ha dejado como estaba. Recarga la página para obtener la versión nueva y seguir guardando.
go-to-progress = Ir a Mi progreso
dismiss = Cerrar
reset-explained = Borra de este navegador tus puntuaciones, tus cuestionarios sin terminar y tu historial de lectura.
reset-confirm-heading = ¿Borrar todo tu progreso en este navegador?
reset-counts = Se borrarán { $attempts ->
    [one] { $attempts } intento de cuestionario
    [many] { $attempts } de intentos de cuestionario
   *[other] { $attempts } intentos de cuestionario
} y el registro de { $articles ->
    [one] { $articles } artículo leído
    [many] { $articles } de artículos leídos
   *[other] { $articles } artículos leídos
} en este navegador. No se puede deshacer. Si quieres una copia, exporta antes tu progreso.
reset-yes = Sí, borrar mi progreso
cancel = Cancelar
reset-done = Tu progreso se ha borrado de este navegador.
reset-failed = Tu progreso se ha borrado en esta pestaña, pero el navegador no ha podido borrar la copia guardada: { $error }.

## Exportar e importar

export-failed = No se ha podido exportar tu progreso: { $error }.
import-too-large = { $file } es demasiado grande para ser un archivo de progreso de Gloss. No se ha cambiado nada.
import-unreadable = No se ha podido leer { $file }: { $error }.
import-failed = No se ha podido importar «{ $file }»: { $error }. No se ha cambiado nada.
import-kept-in-tab = Solo se conserva en esta pestaña, porque este navegador no está guardando el progreso.
exported-as = Tu progreso se ha descargado como { $file }. Guárdalo para importarlo en otro navegador.
import-skipped = { $count ->
    [one] { $count } registro del archivo no se ha podido leer y se ha omitido:
    [many] { $count } de registros del archivo no se han podido leer y se han omitido:
   *[other] { $count } registros del archivo no se han podido leer y se han omitido:
}
and-more = y { $count } más
imported = Importado: { $added ->
    [one] { $added } intento de cuestionario nuevo
    [many] { $added } de intentos de cuestionario nuevos
   *[other] { $added } intentos de cuestionario nuevos
}, { $known } ya estaban aquí.
transfer-explained = Guarda tu progreso en un archivo para tener una copia o para llevarlo a otro navegador o dispositivo. Al importar un archivo, sus intentos se suman a los de aquí; no se sustituye nada.
export-progress = Exportar mi progreso
import-progress = Importar un archivo de progreso

## Errores de carga

article-not-found = No se ha encontrado el artículo
list-not-found = No se ha encontrado la lista de artículos
article-not-found-text = No hay ningún artículo en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
list-not-found-text = No hay ninguna lista de artículos en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
article-cant-show = No se puede mostrar este artículo
list-cant-show = No se puede mostrar esta lista de artículos
file-has-problems = El archivo { $file } tiene problemas, así que Gloss no lo mostrará.
problem = Problema:
more-problems = (y { $count } más)
validator-hint = Si lo has escrito tú, el validador enumera todos los problemas:
article-offline = El artículo no está disponible sin conexión
list-offline = La lista de artículos no está disponible sin conexión
article-offline-text = No tienes conexión y el artículo no está guardado en este dispositivo. Los artículos que ya abriste, o que guardaste para leer sin conexión, siguen funcionando.
list-offline-text = No tienes conexión y la lista de artículos no está guardada en este dispositivo. Los artículos que ya abriste, o que guardaste para leer sin conexión, siguen funcionando.
back-online = Vuelve a intentarlo cuando tengas conexión.
http-status = El servidor ha respondido con el código { $status }.
check-connection = Comprueba tu conexión a internet y vuelve a intentarlo.
article-couldnt-load = No se ha podido cargar el artículo
list-couldnt-load = No se ha podido cargar la lista de artículos
setting-size = Tamaño del texto
setting-line = Interlineado
setting-spacing = Espacio entre letras y palabras
setting-font = Tipo de letra
setting-theme = Colores
size100 = 100 %
size125 = 125 %
size150 = 150 %
size175 = 175 %
size200 = 200 %
choice-normal = Normal
choice-wide = Amplio
choice-wider = Más amplio
font-default = Predeterminada
font-serif = Con serifa
font-readable = Fácil de leer (para lectores con dislexia)
theme-system = Como mi dispositivo
theme-light = Claro
theme-dark = Oscuro
theme-sepia = Sepia
theme-contrast = Alto contraste

## Lectura en voz alta

listen = Escuchar
read-aloud = Lectura en voz alta
previous-sentence = Frase anterior
play = Reproducir
pause = Pausa
stop = Detener
next-sentence = Frase siguiente
speed = Velocidad
voice = Voz
include-key-terms = Incluir los términos clave
stopped = Detenido.
finished-reading = Lectura terminada.
reading-sentence = Leyendo la frase { $number } de { $total }.
paused-at = En pausa en la frase { $number } de { $total }.
speech-failed = La lectura en voz alta se ha detenido: la voz del dispositivo ha informado de un problema ({ $code }).
no-voices = Este dispositivo no tiene voces para leer en voz alta. Se pueden añadir en sus ajustes de voz o de idioma.
no-voice-for = Este dispositivo no tiene ninguna voz para { $language }, el idioma de este artículo. Se puede añadir en sus ajustes de voz o de idioma.

## Títulos y descripciones de las páginas

site-title = Gloss — noticias explicadas
site-description = Gloss explica las noticias a lectores jóvenes: secciones claras, términos clave y un cuestionario, en tu propio navegador.
title-page = Página { $page } · { $site }
title-category = { $category } · { $site }
title-category-page = { $category }, página { $page } · { $site }
description-category = { $category }: { $description }
title-article = { $title } · Gloss
title-article-not-found = Artículo no encontrado · Gloss
title-article-unavailable = Artículo no disponible · Gloss
title-loading = Cargando… · Gloss
title-search = Búsqueda: { $query } · Gloss
title-progress = Mi progreso · Gloss
description-progress = Tus puntuaciones y tu historial de lectura en Gloss, guardados en este navegador.
title-words = Mis palabras · Gloss
description-words = Los términos clave que abriste en Gloss, con sus definiciones, para repasarlos con tarjetas.

## Cuestionario, continuación

from-the-text = Del texto:
question-cannot-show = No se puede mostrar esta pregunta.

## Vista previa para autores

preview-heading = Previsualizar un artículo
preview-title-page = Previsualizar un artículo · Gloss
preview-title-article = Vista previa: { $title } · Gloss
preview-title-problems = Vista previa: hay problemas · Gloss
preview-footer = La vista previa funciona en tu navegador: el archivo que elijas nunca se sube.
preview-intro = Revisa el archivo JSON de un artículo y míralo exactamente como lo verán los lectores, antes de publicarlo. El archivo se queda en este dispositivo: se lee aquí, en tu navegador, y nunca se sube ni se envía a ninguna parte. No se guarda nada, ni siquiera las respuestas del cuestionario.
preview-drop = Suelta aquí el archivo JSON de un artículo
preview-or = o
preview-choose = Elige el archivo de un artículo (.json)
preview-file-hint = Un archivo de 1 MB como máximo, en el formato de docs/content-format.md.
preview-picker-type = Artículo JSON
preview-watch = Abrir un archivo y revisarlo de nuevo cuando cambie
preview-check-again = Revisar de nuevo
preview-watching = Vigilando el archivo: se revisa de nuevo en menos de un segundo cada vez que lo guardas, mientras esta página está visible.
preview-reading = Leyendo el archivo…
preview-how-readers = Así lo verán los lectores
preview-the-file = el archivo
preview-checked-ok = Revisado a las { $time }: ningún problema en { $name }. Abajo se muestra el artículo como lo verán los lectores.
preview-checked-problems = Revisado a las { $time }: { $count ->
    [one] { $count } problema
    [many] { $count } de problemas
   *[other] { $count } problemas
} en { $name }.
preview-problems-heading = { $count ->
    [one] Hay un problema en { $name }
    [many] Hay { $count } de problemas en { $name }
   *[other] Hay { $count } problemas en { $name }
}
preview-whole-file = Todo el archivo
preview-line-column = Línea { $line }, columna { $column }
preview-fix-hint = Corrige el archivo en tu editor y guárdalo; después elige «Revisar de nuevo».
preview-same-checks = Las mismas comprobaciones se hacen con
preview-empty = El archivo está vacío.
preview-too-large = El archivo ocupa { $size } KB; un artículo puede ocupar como máximo { $max } KB. No se ha leído.
preview-not-json = Este es un archivo { $format }, no un archivo JSON.
preview-not-text = Este no es un archivo de texto: el byte { $offset } no es texto UTF-8. Guarda el artículo como JSON en UTF-8.
preview-unreadable = El navegador no pudo leer el archivo ({ $reason }). Si ha cambiado desde que lo elegiste, vuelve a elegirlo.
preview-details-english = Los detalles de cada problema están en inglés, tal como los escribe cargo xtask validate.
