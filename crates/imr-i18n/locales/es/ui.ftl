# Las palabras de la ventana (ui/*.js y ui/index.html). Los marcadores son como { $name }:
# no los traduzca. Trate a la persona de "usted"; frases cortas y claras.

## Todas las páginas
app-name = IMR Packet
app-tagline = Presente su solicitud de Revisión Médica Independiente
skip-to-main = Saltar al contenido principal
back-nav-label = Volver
back-link = Volver
loading = Cargando…
page-title = { $title } – IMR Packet
page-title-error = Error: { $title } – IMR Packet
error-summary-title = Hay un problema
error-prefix = Error:{" "}
continue = Continuar

## Elección de idioma
language-choice-label = Idioma
language-changed = La aplicación ahora está en español.

## Página de inicio
start-title = Presente su solicitud de Revisión Médica Independiente
start-heading = Presente su solicitud de Revisión Médica Independiente (IMR)
start-intro = Si su plan de salud le negó un tratamiento, lo cambió o lo retrasó, usted puede pedir una Revisión Médica Independiente al Departamento de Atención Médica Administrada (DMHC). Médicos que no trabajan para su plan revisan su caso. La revisión es gratuita. Si deciden a su favor, el plan tiene que darle el tratamiento.
start-app-helps = Esta aplicación le ayuda a llenar el formulario de solicitud del DMHC. Luego prepara un solo paquete, con copias de sus cartas, para enviarlo por correo o por fax al Centro de Ayuda del DMHC.
start-need-heading = Lo que va a necesitar
start-need-letters = las cartas de su plan de salud (la carta que le dijo que no y la respuesta a su queja, si la tiene)
start-need-card = su tarjeta de miembro del plan de salud
start-need-doctor = cartas de su médico, si las tiene (sirven fotos o copias escaneadas)
start-time = Toma unos 20 a 30 minutos. Sus respuestas se guardan en esta computadora cada vez que oprime Continuar. Así puede parar y seguir después.
start-new = Comenzar una solicitud nueva
start-saved-heading = Sus solicitudes guardadas
start-case-changed = { $status }. Último cambio: { $when }
start-delete = Borrar
start-delete-label = Borrar la solicitud de { $name }
free-help-heading = Ayuda gratuita
free-help-dmhc = Centro de Ayuda del DMHC: { $phone } (TDD { $tdd }). La llamada es gratuita.
free-help-hca = Health Consumer Alliance (Alianza de Consumidores de Salud), ayuda legal gratuita: { $hca_phone }.

## Fechas
date-long = { $day } de { $month } de { $year }
time-am = { $hour }:{ $minute } a. m.
time-pm = { $hour }:{ $minute } p. m.
date-time = { $date }, { $time }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Borrar una solicitud
delete-title = ¿Borrar esta solicitud?
delete-heading = ¿Borrar la solicitud de { $name }?
delete-explain = Sus respuestas y las copias de sus documentos que guardó la aplicación se borrarán de esta computadora. Sus propios archivos no se tocan. Esto no se puede deshacer.
delete-yes = Sí, borrarla
delete-no = No, guardarla

## Resultado de las primeras preguntas
result-can-apply = Es probable que usted pueda pedir una Revisión Médica Independiente
result-complaint = Es probable que esto sea una Queja del Consumidor (Consumer Complaint) y no una revisión médica
result-unknown = Su situación
result-regulator-heading = Averigüe quién le puede ayudar
result-regulator-go-on = Si quiere, puede seguir y preparar la solicitud de todos modos.
result-apply-from = Puede presentar su solicitud a partir del { $date }.
result-apply-by = Presente su solicitud a más tardar el { $date }.
result-state-hearing-by = Audiencia Estatal (State Hearing) de Medi-Cal: pídala a más tardar el { $date } si quiere una.
result-late-heading = Tarde: díganos por qué
result-good-to-know = Tenga en cuenta

## Lista de tareas
status-not-started = Sin empezar
status-in-progress = En curso
status-completed = Terminada
status-cannot-start-yet = Todavía no se puede empezar
status-optional = Opcional
status-documents-expected = Faltan documentos esperados
tasks-title = Su solicitud
tasks-heading-named = Solicitud de { $name }
tasks-progress = Ha terminado { $done } de { $total } { $total ->
        [one] sección
       *[other] secciones
    }.
tasks-eligibility-again = Volver a revisar si puede presentar su solicitud

## Revise sus respuestas
check-title = Revise sus respuestas
check-heading = Revise sus respuestas antes de preparar su paquete
blocking-heading = Antes de poder preparar su paquete
blocking-intro = { $count ->
        [one] Queda una respuesta por revisar. Elíjala para ir a su pregunta.
       *[other] Quedan { $count } respuestas por revisar. Elija una para ir a su pregunta.
    }
blocking-item = { $label }: { $message }
check-change = Cambiar
check-documents = Ver o cambiar sus documentos
check-continue = Continuar a la firma y a su paquete

## Página de documentos
documents-title = Documentos
documents-heading = Agregue copias de sus cartas
documents-intro = Agregue copias, no originales: el Centro de Ayuda no puede devolver nada. Sirve un PDF, una copia escaneada o una foto clara de cada página (PDF, JPG, PNG, HEIC, TIFF, WebP o GIF).
documents-suggestions = Quizás quiera agregar
documents-expected-heading = Documentos que el DMHC espera para su tipo de caso
documents-expected-added = Agregado
documents-expected-missing = Todavía no se agregó
documents-expected-note = Puede hacer el paquete sin ellos. Que falte un documento no es motivo para que el DMHC rechace su caso, y puede enviar más documentos después con su número de caso del DMHC.
documents-kind-question = ¿Qué tipo de documento va a agregar?
documents-drop-hint = Luego elija el archivo, o arrástrelo desde su carpeta y suéltelo en esta ventana.
documents-choose = Elegir un archivo
documents-checking = Revisando { $name }…
documents-dialog-title = Elija una copia de su carta
documents-dialog-filter = Cartas, copias escaneadas y fotos (PDF, JPG, PNG, HEIC, TIFF, WebP, GIF)
documents-none = Todavía no hay documentos. También puede seguir sin ellos y enviarlos después.
documents-count = Sus documentos ({ $count })
documents-thumbnail-alt = Primera página de { $title }
documents-pages = { $count } { $count ->
        [one] página
       *[other] páginas
    }
documents-dated = con fecha del { $date }
documents-from-file = Del archivo { $name }
documents-not-saved = { $title }: { $reason }
documents-save = Guardar los cambios
documents-kind = Tipo
documents-doc-title = Título
documents-doc-title-hint = Déjelo vacío para que lleve el nombre del tipo de documento.
documents-date = Fecha del documento (opcional), con el mes primero, por ejemplo 01/20/2026 (mes/día/año)
documents-date-name = la fecha del documento
documents-date-placeholder = MM/DD/AAAA
documents-move-up = Subir
documents-move-down = Bajar
documents-replace = Reemplazar
documents-remove = Quitar
documents-action-label = { $action }: { $title }

## Firma
sign-title = ¿Cómo quiere firmar?
sign-explain = El DMHC necesita una solicitud firmada. Elija lo que elija, la firma va en la solicitud misma, y el DMHC recibe el paquete tal como usted lo guarda.
sign-statements-heading = Lo que usted acepta al firmar
sign-wet = Voy a imprimir el paquete, firmarlo a mano y luego enviarlo por correo o por fax
sign-wet-hint = Es la forma más común. El paquete tiene líneas en blanco para firmar y poner la fecha.
sign-typed = Escribir mi nombre como firma
sign-typed-hint = Para enviar un fax desde la computadora sin imprimir. Su nombre aparece como "/s/ Su Nombre" con la fecha de hoy.
sign-drawn = Dibujar mi firma con el mouse o en una pantalla táctil
sign-drawn-hint = Para enviar un fax desde la computadora sin imprimir. Su dibujo aparece en la línea de la firma con la fecha de hoy.
sign-typed-name = Su nombre como firma
sign-typed-helper = El nombre de la persona que ayuda como su firma (esa persona tiene que estar de acuerdo)
sign-draw-pad = Dibuje su firma aquí
sign-draw-pad-helper = La persona que ayuda dibuja su firma aquí
sign-draw-intro = Dibuje su firma en el cuadro.
sign-draw-helper-intro = La persona que le ayuda dibuja su firma aquí.
sign-clear = Borrar y dibujar otra vez
sign-error-typed-name = Escriba su nombre como firma
sign-error-typed-helper = Escriba el nombre de la persona que ayuda como su firma
sign-error-drawn = Dibuje su firma en el cuadro
sign-error-drawn-helper = La persona que ayuda tiene que dibujar su firma

## Preparar el paquete
packet-title = Prepare su paquete
packet-heading = Prepare el paquete de su solicitud
packet-expected-missing = { $count ->
    [one] El DMHC espera un documento que usted no agregó: { $kinds }. Puede hacer el paquete de todos modos y enviarlo después con su número de caso del DMHC.
   *[other] El DMHC espera documentos que usted no agregó: { $kinds }. Puede hacer el paquete de todos modos y enviarlos después con su número de caso del DMHC.
}
packet-how-send = ¿Cómo lo va a enviar?
packet-mode-fax = Por fax al { $fax } (el paquete empieza con una portada de fax)
packet-mode-mail = Por correo al Centro de Ayuda en Sacramento (la primera página cabe en un sobre con ventanilla)
packet-counting = Contando las páginas…
packet-save = Preparar y guardar el paquete de su solicitud
packet-will-have = Su paquete va a tener { $pages } { $pages ->
        [one] página
       *[other] páginas
    }.
packet-save-dialog-title = Guardar su paquete
packet-file-kind = Documento PDF
packet-making = Preparando su paquete…
packet-progress-drawing = Llenando los formularios y la portada…
packet-progress-converting = Preparando la página { $done } de { $total } para el fax…
packet-progress-writing = Armando su paquete y guardándolo…
packet-ready = Su paquete está listo
packet-ready-wait = Hoy: guarde el paquete y no lo envíe todavía. Envíelo el { $date } o después.
packet-early-heading = Puede enviarlo a partir del { $date }
packet-early-explain = Puede preparar el paquete ahora y guardarlo. Envíelo el { $date } o después: el Centro de Ayuda puede rechazar una solicitud que llegue antes.
packet-early-yes = Prepararlo ahora y enviarlo el { $date } o después
packet-early-no = Ahora no
dates-panel-heading = Sus fechas
packet-saved-as = { $pages } { $pages ->
        [one] página
       *[other] páginas
    } ({ $size }), guardado como { $path }
packet-checklist-beside = La lista "Antes de enviar" está guardada al lado: { $path }. Léala antes de enviar el paquete.
packet-open = Abrir el paquete
packet-open-checklist = Abrir la lista
packet-show-in-folder = Mostrar en la carpeta
packet-path-label = Dónde está guardado el paquete
packet-copy-path = Copiar la ruta
packet-path-copied = La ruta está copiada.
packet-back-home = Volver a su solicitud
size-kb = { $n } KB
size-mb = { $n } MB

# The answers a task does not ask again (app.js answeredPage).
answered-heading = Ya nos lo dijo
answered-intro = Contestó estas preguntas al principio, así que no se las volvemos a hacer. Si alguna está mal, cámbiela.

# After saving: print, and on a shared computer delete the saved copy (packet.js).
packet-print = Imprimir
packet-print-hint = El paquete está abierto en su visor de PDF. Elija Imprimir allí (Ctrl+P) e imprima todas las páginas, de un solo lado del papel.
packet-delete-heading = Cuando lo haya impreso o enviado por fax
packet-delete-explain = En una computadora compartida, el paquete guardado es la única copia de esta historia que cualquiera puede leer. Cuando lo haya impreso o enviado por fax, bórrelo de esta computadora. La solicitud sigue en esta aplicación.
packet-delete-button = Borrar el paquete guardado
packet-delete-question = ¿Ya lo imprimió o lo envió por fax? Esto borra { $path } y la lista "Antes de enviar" de esta computadora. No se puede deshacer.
packet-delete-confirm = Sí, borrarlos
packet-delete-cancel = No, conservarlos
packet-deleted = El paquete guardado y la lista "Antes de enviar" están borrados de esta computadora. Puede volver a hacer el paquete desde la solicitud cuando quiera.
