namespace JobMatch.Graph.Access;

/// <summary>What a viewer does; with the department, it decides what the access table grants.</summary>
public enum Role
{
    /// <summary>Sagsbehandler: handles citizens' cases in their department.</summary>
    Caseworker,
    /// <summary>Konsulent / jobkonsulent: works with citizens' plans in their department.</summary>
    Consultant,
    /// <summary>Sees aggregates only, never a person.</summary>
    Analyst,
    /// <summary>Reads the access log.</summary>
    Auditor,
    /// <summary>Maintains master data (agencies, projects, employers).</summary>
    Administrator,
    /// <summary>A citizen reading their own record and who looked at it.</summary>
    Citizen,
}
