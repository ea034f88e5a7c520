namespace AliaBatch.Pipeline.Tests;

/// <summary>Small realistic documents for pipeline tests.</summary>
internal static class Documents
{
    public const string Spanish =
        "El Ayuntamiento informa de que el plazo para pagar el impuesto sobre bienes inmuebles termina el 30 de noviembre. " +
        "Los recibos domiciliados se cargarán en la cuenta el día 5 de noviembre. " +
        "Quienes no tengan domiciliado el pago pueden abonarlo en cualquier entidad colaboradora con el documento de pago. " +
        "Para más información pueden dirigirse a la Oficina de Atención Ciudadana o llamar al teléfono 010.";

    public const string Catalan =
        "L'Ajuntament informa que el termini per pagar l'impost sobre béns immobles acaba el 30 de novembre. " +
        "Els rebuts domiciliats es carregaran al compte el dia 5 de novembre. " +
        "Les persones que no tinguin el pagament domiciliat el poden fer a qualsevol entitat col·laboradora amb el document de pagament.";

    public const string Basque =
        "Udalak jakinarazten du ondasun higiezinen gaineko zerga ordaintzeko epea azaroaren 30ean amaitzen dela. " +
        "Helbideratutako ordainagiriak azaroaren 5ean kobratuko dira kontuan. " +
        "Informazio gehiago nahi izanez gero, jo Herritarren Arretarako Bulegora.";
}
