# Salida rápida, entrega a otra clínica (exportar/importar) y la revisión al abrir.
# Los mismos ids y marcadores que ../en/shell.ftl.

## Salida rápida
quick-exit-button = Salida rápida
quick-exit-button-label = Salida rápida: ocultar esta solicitud ahora
quick-exit-heading = Salida rápida
quick-exit-explain = Si alguien se acerca, oprima el botón Salida rápida arriba en la página, u oprima dos veces la tecla Esc. Su solicitud desaparece de la pantalla enseguida y se muestra esta página, sin la lista de solicitudes guardadas. No se borra nada.
quick-exit-limits = Lo que no puede hacer: no puede ocultar lo que alguien ya vio. No cierra la aplicación. Cualquier persona que use esta computadora puede oprimir «Mostrar solicitudes guardadas» y abrir una solicitud, a menos que esté protegida con una contraseña. No afecta un paquete que usted guardó en otro lugar. Por un momento, la computadora puede mostrar todavía una pequeña imagen de esta ventana, por ejemplo en la barra de tareas o al cambiar de ventana.
quick-exit-show-cases = Mostrar solicitudes guardadas
