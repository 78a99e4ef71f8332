using JobMatch.Data;
using JobMatch.Data.Employment;

namespace JobMatch.Graph.Employment;

/// <summary>Whether a citizen is in work, derived from the active placements: paid work counts, an internship does not.</summary>
public sealed record EmploymentStatus(bool Employed, PlacementKind? PlacementKind, decimal? HoursPerWeek, DateOnly? Since)
{
    public static EmploymentStatus From(IReadOnlyList<Placement> placements)
    {
        var active = placements.Where(p => p.Status == PlanStatus.Active).ToList();
        var current = active.Where(p => p.Kind != Data.Employment.PlacementKind.Internship).OrderByDescending(p => p.HoursPerWeek).FirstOrDefault()
            ?? active.FirstOrDefault();
        return current is null
            ? new EmploymentStatus(false, null, null, null)
            : new EmploymentStatus(current.Kind != Data.Employment.PlacementKind.Internship, current.Kind, current.HoursPerWeek, current.From);
    }
}
