namespace JobMatch.Graph.Federation;

/// <summary>One source's part of the graph, served by a host of its own behind the gateway.</summary>
public enum Subgraph
{
    /// <summary>The municipality's register: citizens, identity, contact persons, agencies, projects, consents, the directory.</summary>
    Registry,
    /// <summary>BIF: target groups, benefits, job plans, placements, enrolments, the employment summary.</summary>
    Employment,
    /// <summary>SOF: the social action plan, services, substance-abuse treatment.</summary>
    Social,
    /// <summary>SUF: health and care.</summary>
    Health,
    /// <summary>BUF: education, the transition plan, the handover worklist.</summary>
    Youth,
    /// <summary>The access log's queries.</summary>
    Audit,
}
