namespace JobMatch.Data;

/// <summary>Where a goal, activity or placement stands. Shared by every source's plans.</summary>
public enum PlanStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}
