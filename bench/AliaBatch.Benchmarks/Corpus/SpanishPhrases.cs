namespace AliaBatch.Benchmarks.Corpus;

/// <summary>
/// Fragments of Spanish administrative prose (resolutions, notices, minutes, grants), written for the benchmark.
/// Sentences are assembled from them, so the vocabulary and the word-piece profile are those of real public-sector
/// documents: long inflected words, numbers, abbreviations and legal references.
/// </summary>
internal static class SpanishPhrases
{
    public static IReadOnlyList<string> Openings { get; } =
    [
        "De conformidad con lo dispuesto en el artículo 21 de la Ley 39/2015, de 1 de octubre,",
        "Vista la solicitud presentada por la persona interesada",
        "En cumplimiento del acuerdo adoptado por la Junta de Gobierno Local",
        "Se comunica a los vecinos del municipio",
        "La Dirección General de Administración Digital informa",
        "Mediante la presente resolución",
        "Una vez examinada la documentación aportada",
        "Por orden de la Consejería de Hacienda y Función Pública",
        "En relación con el expediente de referencia",
        "El Ayuntamiento, en sesión ordinaria celebrada el pasado mes de marzo,",
        "A efectos de lo previsto en el Reglamento General de Protección de Datos",
        "Según consta en el acta de la comisión de valoración",
        "Con el fin de garantizar la continuidad de los servicios públicos",
        "La Secretaría General Técnica",
        "Transcurrido el plazo de alegaciones sin que se hayan presentado reclamaciones",
    ];

    public static IReadOnlyList<string> Bodies { get; } =
    [
        "se concede una subvención de 12.500 euros para la rehabilitación energética de edificios",
        "queda aprobada definitivamente la modificación de la ordenanza fiscal reguladora del impuesto sobre bienes inmuebles",
        "se requiere al solicitante para que en el plazo de diez días hábiles subsane la falta de documentación",
        "se abre un periodo de información pública de treinta días naturales",
        "la sede electrónica permanecerá fuera de servicio por tareas de mantenimiento",
        "se convoca el proceso selectivo para cubrir cuatro plazas de auxiliar administrativo",
        "se desestima el recurso de reposición interpuesto contra la liquidación tributaria",
        "el certificado de empadronamiento podrá obtenerse en cualquier oficina de atención ciudadana",
        "se autoriza la ocupación temporal de la vía pública con terrazas y veladores",
        "se publica la relación provisional de personas admitidas y excluidas",
        "las ayudas se abonarán en un único pago mediante transferencia bancaria",
        "se declara la caducidad del procedimiento y se archivan las actuaciones",
        "el horario de registro será de nueve a catorce horas de lunes a viernes",
        "se adjudica el contrato de limpieza de los colegios públicos por un importe de 318.000 euros",
        "la notificación se practicará por medios electrónicos a través de la carpeta ciudadana",
        "se delega en la concejalía de urbanismo la firma de las licencias de obra menor",
    ];

    public static IReadOnlyList<string> Closings { get; } =
    [
        "conforme a la normativa vigente",
        "a partir del día siguiente al de su publicación en el Boletín Oficial de la Provincia",
        "sin perjuicio de cualquier otro recurso que se estime procedente",
        "previa acreditación de la identidad mediante certificado digital",
        "de acuerdo con las bases reguladoras de la convocatoria",
        "en los términos establecidos por el artículo 40 de la citada ley",
        "y se dará traslado a los servicios municipales competentes",
        "para general conocimiento",
        "con cargo a la aplicación presupuestaria 2024.231.48000",
        "en aplicación del principio de transparencia y buen gobierno",
        "salvo que la persona interesada manifieste lo contrario",
        "y se notificará a todas las partes personadas en el procedimiento",
    ];
}
