using AliaBatch.Core.Jobs;

namespace AliaBatch.Cli.Commands;

/// <summary>The default label set of <c>classify</c>: topics of public-administration correspondence, with descriptions that name each topic in English, Spanish, Catalan, Basque and Galician for the zero-shot encoder.</summary>
internal static class PublicAdministrationTopics
{
    public static ClassifyTask Task { get; } = new()
    {
        Labels = ["taxes", "health", "education", "transport", "environment", "social-services", "culture", "urban-planning", "employment", "public-safety"],
        Descriptions = new Dictionary<string, string>
        {
            ["taxes"] = "taxes, tax notice, payment deadline; impuesto, tributo, recibo, IBI, pago; impost, rebut; zerga, ordainketa; imposto, recibo",
            ["health"] = "health, medical appointment, doctor; salud, cita médica, centro de salud; salut, centre de salut, metge; osasuna, osasun zentroa; saúde, centro de saúde",
            ["education"] = "education, school, university, scholarship; educación, beca, universidad, matrícula; educació, escola, beca; hezkuntza, ikastetxea, beka; educación, escola",
            ["transport"] = "transport, bus, train, traffic, parking; transporte, autobús, tráfico; transport, autobús, trànsit; garraioa, autobusa; transporte, autobús",
            ["environment"] = "environment, waste, recycling, water; medio ambiente, residuos, reciclaje; medi ambient, residus; ingurumena, hondakinak; medio ambiente, lixo",
            ["social-services"] = "social services, benefits, housing aid, elderly; servicios sociales, ayuda, vivienda; serveis socials, ajut; gizarte zerbitzuak, laguntza; servizos sociais, axuda",
            ["culture"] = "culture, festival, library, museum, music; cultura, fiestas, biblioteca; cultura, festa, biblioteca; kultura, jaiak, liburutegia; cultura, festas",
            ["urban-planning"] = "urban planning, building permit, public works; urbanismo, licencia de obras; urbanisme, llicència d'obres; hirigintza, obra lizentzia; urbanismo, licenza de obras",
            ["employment"] = "employment, job offer, unemployment, training; empleo, oferta de empleo, paro; ocupació, feina; enplegua, lana; emprego, traballo",
            ["public-safety"] = "police, emergencies, civil protection, security; policía, emergencias, protección civil; policia, emergències; polizia, larrialdiak; policía, emerxencias",
        },
    };
}
