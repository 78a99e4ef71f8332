namespace JobMatch.Data.Health;

/// <summary>The kinds of health and care episode SUF records.</summary>
public enum HealthEpisodeKind
{
    /// <summary>Genoptræning / rehabilitering.</summary>
    Rehabilitation,
    /// <summary>Alkoholbehandling.</summary>
    AlcoholTreatment,
    /// <summary>Hjemmepleje.</summary>
    HomeCare,
    /// <summary>Forebyggelse og sundhedsfremme, e.g. a health course.</summary>
    Prevention,
}
