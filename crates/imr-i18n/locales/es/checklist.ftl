# La lista de verificación "Antes de enviar" (imr-packet): un PDF para la persona, en su idioma.
# El paquete que va al DMHC queda en inglés.
# $pages es una lista de números de página ya unida ("3 y 4") y $count cuántos son (0 si
# no se sabe la página); $total es el número de páginas del paquete.

checklist-title = Antes de enviar su solicitud de IMR
checklist-header = Lista de verificación de { $name } (guárdela; no la envíe)
checklist-document-title = Antes de enviar: lista de verificación de { $name }
checklist-intro = Para la solicitud de { $name }, hecha el { $date }. Esta página es para usted: no la envíe.

checklist-check-heading = Revise antes de enviar
checklist-signed-on-screen = Usted firmó en la pantalla. Su firma hecha en la pantalla aparece { $count ->
        [0] en la solicitud. Léala
        [one] en la página { $pages }. Lea esa página
       *[other] en las páginas { $pages }. Lea esas páginas
    } una vez más: esta es la versión que recibe el DMHC.
checklist-sign-by-hand = Firme a mano y ponga la fecha en la solicitud{ $count ->
        [0] {""}
        [one] , en la página { $pages }
       *[other] , en las páginas { $pages }
    }.
checklist-helper-signs = El paciente (Parte A) y la persona que ayuda (Parte B) tienen que firmar los dos el formulario de Asistente Autorizado{ $count ->
        [0] {""}
        [one] , en la página { $pages }
       *[other] , en las páginas { $pages }
    }. Sin él, el DMHC no hablará del caso con la persona que ayuda. Si esa persona tiene un poder legal para la atención médica o una tutela, agregue una copia.
checklist-ask-doctor = No hay una carta de su médico en el paquete. Es la prueba más fuerte: en la página Documentos, "Imprimir una solicitud para su médico" hace una página para darle a su médico, y puede enviar la carta después.
checklist-copies = Envíe copias, no los originales. El Centro de Ayuda no puede devolver ningún documento. Guarde una copia de todo lo que envíe.
checklist-expected-missing = No está en este paquete: { $kind }, que el DMHC espera para este tipo de caso. Si tiene ese documento, agréguelo en la aplicación y vuelva a hacer el paquete, o envíelo al DMHC más tarde con su número de caso del DMHC. Puede enviar el paquete sin ese documento.
checklist-all-pages = { $total ->
        [one] Revise que esté la página.
       *[other] Revise que estén las { $total } páginas, en orden.
    } Cada página lleva el número "Page N of { $total }" (página N de { $total }).

checklist-send-heading = Cómo enviarlo
checklist-fax-all = Envíe por fax { $total ->
        [one] la { $total } página
       *[other] las { $total } páginas
    }, empezando por la portada, al { $fax }.
checklist-fax-confirmation = Guarde la hoja de confirmación del fax. Muestra la fecha y cuántas páginas se enviaron.
checklist-mail-all = Envíe por correo { $total ->
        [one] la { $total } página
       *[other] las { $total } páginas
    } a: { $address }.
checklist-mail-envelope = La primera página está hecha para un sobre con ventanilla número 10. Si el paquete es grueso, use un sobre grande y copie la dirección en él.
checklist-fax-also = También puede enviarlo por fax al { $fax } en cualquier momento.
checklist-fax-also-from = También puede enviarlo por fax al { $fax }, el { $date } o después.
checklist-send-from = No lo envíe antes del { $date }: el Centro de Ayuda puede rechazar una solicitud que llegue antes. Envíelo el { $date } o después.

checklist-dates-heading = Sus fechas

checklist-next-heading = Qué pasa después
checklist-next-letter = El Centro de Ayuda revisa su solicitud y le envía una carta, normalmente en unos 5 a 7 días. La carta le dice si su caso pasa a una IMR.
checklist-next-decision = La decisión de una IMR normalmente llega en unos 30 a 45 días, o en unos 3 a 7 días si el problema es urgente.
checklist-next-favor = Si la decisión es a su favor, su plan tiene que darle el servicio o el tratamiento. La IMR no le cuesta nada.

checklist-help-heading = Ayuda gratuita
checklist-help-dmhc = Centro de Ayuda del DMHC: { $phone } (TDD { $tdd }). La llamada es gratuita.
checklist-help-hca = Health Consumer Alliance: { $hca_phone }, ayuda legal gratuita.

checklist-documents-heading = Documentos en su paquete
checklist-exhibit = Anexo { $letter } (Exhibit { $letter }): { $title } ({ $kind }), { $count ->
        [one] página
       *[other] páginas
    } { $range }
# Un documento sin título de la persona: el paquete lo nombra por su tipo.
checklist-exhibit-untitled = Anexo { $letter } (Exhibit { $letter }): { $kind }, { $count ->
        [one] página
       *[other] páginas
    } { $range }

checklist-pages-none = la solicitud
checklist-pages-and = { $first } y { $last }

checklist-page-of = Página { $number } de { $total }
checklist-continued = { $title } (continuación)
