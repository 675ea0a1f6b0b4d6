# Las palabras de la ventana (ui/*.js y ui/index.html). Los marcadores son como { $name }:
# no los traduzca. Trate a la persona de "usted"; frases cortas y claras.

## Todas las páginas
app-name = IMR Packet
app-tagline = Solicite una Revisión Médica Independiente
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
start-title = Solicite una Revisión Médica Independiente
start-heading = Solicite una Revisión Médica Independiente (IMR)
start-intro = Si su plan de salud le negó un tratamiento, lo cambió o lo retrasó, usted puede pedir una Revisión Médica Independiente al Departamento de Atención Médica Administrada (DMHC). Médicos que no trabajan para su plan revisan su caso. Es gratis. Si deciden a su favor, el plan tiene que darle el tratamiento.
start-app-helps = Esta aplicación le ayuda a llenar el formulario de solicitud del DMHC. Luego prepara un solo paquete, con copias de sus cartas, para enviarlo por correo o por fax al Centro de Ayuda del DMHC.
start-need-heading = Lo que va a necesitar
start-need-letters = las cartas de su plan de salud (la carta que le dijo que no y la respuesta a su queja, si la tiene)
start-need-card = su tarjeta de miembro del plan de salud
start-need-doctor = cartas de su médico, si las tiene (sirven fotos o copias escaneadas)
start-time = Toma unos 20 a 30 minutos. Sus respuestas se guardan en esta computadora cada vez que oprime Continuar. Así puede parar y seguir después.
start-new = Comenzar una solicitud nueva
start-saved-heading = Sus solicitudes guardadas
start-case-changed = { $status }. Último cambio: { $when }.
start-delete = Borrar
start-delete-label = Borrar la solicitud de { $name }
free-help-heading = Ayuda gratis
free-help-dmhc = Centro de Ayuda del DMHC: 1-888-466-2219 (TDD 1-877-688-9891). La llamada es gratis.
free-help-hca = Health Consumer Alliance (Alianza de Consumidores de Salud), ayuda legal gratis: 1-888-804-3536.

## Fechas
date-long = { $day } de { $month } de { $year }
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
