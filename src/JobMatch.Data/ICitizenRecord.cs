namespace JobMatch.Data;

/// <summary>A record in a department's source that belongs to one citizen, by the municipal person id.</summary>
public interface ICitizenRecord
{
    Guid CitizenId { get; }
}
