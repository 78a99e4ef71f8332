namespace JobMatch.Data.Social;

/// <summary>The services SOF grants under serviceloven.</summary>
public enum SocialServiceKind
{
    /// <summary>§85: socialpædagogisk støtte i eget hjem.</summary>
    SupportInOwnHome,
    /// <summary>§103: beskyttet beskæftigelse.</summary>
    ShelteredEmployment,
    /// <summary>§104: aktivitets- og samværstilbud.</summary>
    ActivityAndDayOffer,
    /// <summary>§107: midlertidigt botilbud.</summary>
    TemporaryHousing,
    /// <summary>§108: længerevarende botilbud.</summary>
    LongTermHousing,
}
