# Las preguntas del formulario como las muestra el asistente, por id de campo.
# El paquete que se envía al DMHC queda en inglés (es un formulario del DMHC); aquí va
# lo que la persona lee en la pantalla.

## Respuestas en todas partes
answer-yes = Sí
answer-no = No
answer-not-given = No lo indicó
field-optional = { $label } (opcional)
date-hint = Por ejemplo, 27 3 2026.
date-day = Día
date-month = Mes
date-year = Año
