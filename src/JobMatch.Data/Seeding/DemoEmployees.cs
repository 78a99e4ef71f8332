namespace JobMatch.Data.Seeding;

/// <summary>
/// One caseworker per department with a fixed id, so demo personas and tests can act as a known contact person.
/// Each is the contact person of several <see cref="DemoCitizens"/> in their department.
/// </summary>
public static class DemoEmployees
{
    /// <summary>Anne Vestergaard, sagsbehandler at Jobcenter København – Center for Jobindsats (BIF).</summary>
    public static readonly Guid BifCaseworker = new("b1f00000-0000-4000-8000-000000000001");

    /// <summary>Jonas Friis, socialrådgiver at Borgercenter Voksne (SOF).</summary>
    public static readonly Guid SofCaseworker = new("50f00000-0000-4000-8000-000000000002");

    /// <summary>Helle Dam, sundhedskoordinator at Genoptræning og Rehabilitering (SUF).</summary>
    public static readonly Guid SufCaseworker = new("50f00000-0000-4000-8000-000000000003");

    /// <summary>Line Bach, sagsbehandler at STU København (BUF).</summary>
    public static readonly Guid BufCaseworker = new("b0f00000-0000-4000-8000-000000000004");
}
