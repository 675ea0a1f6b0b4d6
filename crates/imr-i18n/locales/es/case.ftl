# Problemas con las respuestas (revisión del caso, imr-case).
#
# $name es lo que es la respuesta ("el apellido del paciente"); $Name es lo mismo con
# mayúscula inicial, para empezar una oración. $label es la pregunta misma.

case-missing = Escriba { $name }
case-missing-choice = Elija { $name }
case-missing-yes-no = Elija sí o no: { $label }
case-bad-state = Escriba { $name } con el código de 2 letras, como CA
case-bad-yes-no = La respuesta a "{ $label }" tiene que ser sí o no
case-bad-choice = { $Name } tiene que ser una de estas opciones: { $allowed }
case-too-long = { $Name } puede tener como máximo { $max } { $max ->
        [one] carácter
       *[other] caracteres
    }
case-bad-date = Escriba { $name } como una fecha real: mes, día y año
case-date-month = El mes de { $name } tiene que ser un número del 1 al 12
case-date-day = El día de { $name } tiene que ser un número del 1 al { $last }
case-date-year = El año de { $name } tiene que tener 4 cifras, por ejemplo 1984
case-future-date = { $Name } tiene que ser hoy o una fecha pasada
case-phone-short = Escriba { $name } con el código de área, como 916-555-0123
case-phone-long = { $Name } tiene que ser un número de teléfono, como 916-555-0123
case-bad-email = Escriba { $name } en el formato correcto, como nombre@ejemplo.com
case-bad-zip = { $Name } tiene que tener 5 dígitos, como 95814, o ZIP+4, como 95814-2725
case-unknown-question = '{ $key }' no es una pregunta de este formulario; revise cómo está escrito
case-decision-before-filing = La fecha de la decisión del plan no puede ser anterior a la fecha en que usted presentó la queja ante el plan
case-helper-must-be-named = Elija sí si alguien le ayuda: usted dijo que una persona que le ayuda firmará el formulario
case-document-path = Escriba el nombre del archivo del documento { $number }
case-document-title = Escriba un título para el documento { $number }, por ejemplo "Carta de denegación"
case-document-date = La fecha del documento { $number } tiene que ser hoy o una fecha pasada
