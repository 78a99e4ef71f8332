using JobMatch.Data.Registry;

namespace JobMatch.Graph.Agencies;

/// <summary>
/// An employee as the graph shows them: from the directory, or as a citizen's contact person
/// (<paramref name="ViaCitizen"/>), where their unit and title tell what the department does for the citizen.
/// </summary>
public sealed record ContactPersonView(Employee Employee, Guid? ViaCitizen = null);
