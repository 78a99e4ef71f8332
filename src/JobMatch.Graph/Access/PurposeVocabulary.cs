namespace JobMatch.Graph.Access;

/// <summary>
/// The purposes a request may state, from <c>JobMatch:Purposes</c> (a list of <c>Code</c>, <c>Text</c>,
/// <c>LegalBasis</c>, <c>Categories</c>) or, when that is not configured, the municipality's default list.
/// Codes are matched ordinally, ignoring ASCII case only.
/// </summary>
public sealed class PurposeVocabulary
{
    public const string Section = "JobMatch:Purposes";

    /// <summary>The purpose that opens a citizen outside the caseload for one request, by CPR.</summary>
    public const string Lookup = "CITIZEN_LOOKUP";

    private static readonly Purpose[] Defaults =
    [
        new("COORDINATED_PLAN", "Koordinering af jobplan og social handleplan for en fælles borger",
            "Samtykke (forvaltningsloven § 28, stk. 2, nr. 1; databeskyttelsesforordningen art. 6, stk. 1, litra a, og art. 9, stk. 2, litra a)",
            new HashSet<DataCategory> { DataCategory.EmploymentDetail, DataCategory.SocialDetail, DataCategory.HealthDetail, DataCategory.YouthDetail }),
        new("WORK_ABILITY", "Afklaring af arbejdsevne og hensyn i praktik eller fleksjob",
            "Samtykke (forvaltningsloven § 28, stk. 2, nr. 1; databeskyttelsesforordningen art. 9, stk. 2, litra a)",
            new HashSet<DataCategory> { DataCategory.HealthDetail, DataCategory.SocialDetail }),
        new("JOB_RETENTION", "Social støtte i overgangen til og fastholdelse af job",
            "Samtykke (forvaltningsloven § 28, stk. 2, nr. 1)",
            new HashSet<DataCategory> { DataCategory.EmploymentDetail, DataCategory.SocialDetail }),
        new("YOUTH_TRANSITION", "Overgangen fra børne- og ungeområdet til voksenområdet (fra 17½ år)",
            "Samtykke (forvaltningsloven § 28, stk. 2, nr. 1), som led i den tværgående forberedelse af overgangen til voksenlivet (barnets lov §§ 122–123, tidligere serviceloven § 19 a)",
            new HashSet<DataCategory> { DataCategory.YouthDetail, DataCategory.EmploymentDetail, DataCategory.SocialDetail }),
        new(Lookup, "Opslag af en borger uden for egen sagsstamme, ved en ny henvendelse eller sag",
            "Myndighedsudøvelse (databeskyttelsesforordningen art. 6, stk. 1, litra e; CPR-loven § 38)",
            new HashSet<DataCategory> { DataCategory.Identity, DataCategory.CprNumber, DataCategory.ContactInfo }),
    ];

    private readonly Dictionary<string, Purpose> byCode;

    public PurposeVocabulary(IConfiguration configuration)
    {
        var configured = configuration.GetSection(Section).GetChildren().Select(Read).ToList();
        All = configured.Count > 0 ? configured : Defaults;
        byCode = All.ToDictionary(p => p.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Purpose> All { get; }

    /// <summary>The purpose with this code; ASCII letters match in either case, nothing else is folded.</summary>
    public Purpose? Find(string code) => byCode.GetValueOrDefault(AsciiUpper(code));

    private static Purpose Read(IConfigurationSection section)
    {
        var code = section["Code"] ?? throw new InvalidOperationException($"{section.Path}: a purpose needs a Code.");
        var categories = section.GetSection("Categories").GetChildren()
            .Select(c => Enum.TryParse<DataCategory>(c.Value, ignoreCase: false, out var category) && !char.IsDigit(c.Value![0])
                ? category
                : throw new InvalidOperationException($"{section.Path}: '{c.Value}' is not a data category."))
            .ToHashSet();
        return new Purpose(AsciiUpper(code), section["Text"] ?? code, section["LegalBasis"] ?? "", categories);
    }

    private static string AsciiUpper(string value) => string.Create(value.Length, value, (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
            span[i] = text[i] is >= 'a' and <= 'z' ? (char)(text[i] - 32) : text[i];
    });
}
