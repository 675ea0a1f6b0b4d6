# "Qué pasó en casos parecidos" (ui/outcomes.js; las oraciones con números se escriben en
# crates/imr-app/src/outcomes.rs). No traduzca los marcadores { $name }.
# Los nombres de las categorías vienen de los datos del DMHC: se muestran en español, con el
# original en inglés entre corchetes (outcome-categories.ftl).

outcomes-link = Qué pasó en casos parecidos
outcomes-title = Qué pasó en casos parecidos
outcomes-intro = De { $first } a { $last }, el Departamento de Atención Médica Administrada publicó cómo terminó cada Revisión Médica Independiente. Elija el tipo de problema de salud y el tipo de tratamiento más parecidos a los suyos para ver cómo terminaron revisiones parecidas.
outcomes-guessed = Elegimos estos según sus respuestas ("{ $condition }", "{ $treatment }"). Cámbielos si no corresponden.
outcomes-guessed-one = Elegimos según su respuesta "{ $words }". Cámbielo si no corresponde.
outcomes-not-guessed = Elija los tipos más parecidos. No pudimos saberlos por sus respuestas, así que los dejamos en "cualquiera".
outcomes-dx-label = Tipo de problema de salud
outcomes-tx-label = Tipo de tratamiento
outcomes-any-dx = Cualquier problema de salud
outcomes-any-tx = Cualquier tratamiento
# Una opción de las listas: la categoría y cuántas decisiones tiene.
outcomes-option = { $category } ({ $count } { $count ->
        [one] decisión
       *[other] decisiones
    })
outcomes-show = Ver qué pasó
outcomes-result-heading = Cómo terminaron las revisiones
outcomes-none = Ninguna revisión de los datos coincide con las dos opciones. Pruebe "cualquiera" en una de ellas.
outcomes-summary = { $total ->
        [one] Se decidió { $total } revisión parecida
       *[other] Se decidieron { $total } revisiones parecidas
    } entre { $first } y { $last }.
# { $percent } llega escrito con su signo (outcomes-percent).
outcomes-for-patient = En { $count } de ellas ({ $percent }), los revisores decidieron a favor del paciente: el plan de salud tuvo que dar el tratamiento o pagarlo.
outcomes-for-plan = En { $count } ({ $percent }), los revisores estuvieron de acuerdo con el plan de salud.
outcomes-chart-caption = Porcentaje decidido a favor del paciente, por tipo de revisión
outcomes-table-caption = Decisiones por tipo de revisión
outcomes-col-type = Tipo de revisión
outcomes-col-total = Decisiones
outcomes-col-for-patient = A favor del paciente
outcomes-col-for-plan = A favor del plan
outcomes-all-types = Todos los tipos
outcomes-bar-text = { $percent } a favor del paciente
# Un porcentaje entero, y una celda de la tabla: un número de decisiones y su porcentaje.
outcomes-percent = { $percent } %
outcomes-count-percent = { $count } ({ $percent })
# Los tipos de revisión de los datos del DMHC ("Medical Necessity",
# "Experimental/Investigational", "Urgent Care").
outcomes-type-medical-necessity = Necesidad médica (el plan dijo que no era necesario)
outcomes-type-experimental-investigational = Experimental o en investigación
outcomes-type-urgent-care = Atención urgente
outcomes-caution-heading = Los resultados pasados no predicen el suyo
outcomes-caution = Cada revisión se decide con los expedientes médicos del propio paciente. Estos números solo muestran cómo terminaron revisiones pasadas. No son un consejo, y un número bajo no es una razón para no presentar su solicitud: la revisión es gratuita.
outcomes-source-heading = De dónde vienen estos números
outcomes-source = Los datos abiertos del Departamento de Atención Médica Administrada "{ $name }", años { $first } a { $last }, guardados en esta aplicación para que funcione sin internet. Las decisiones más recientes se publican en el { $portal }: busque allí "{ $name }".
outcomes-categories-note = Los tipos de problema y de tratamiento son los grupos propios del DMHC. Se muestran en español, con el nombre original en inglés entre corchetes.
