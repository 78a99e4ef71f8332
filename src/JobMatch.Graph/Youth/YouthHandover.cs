using JobMatch.Data.Registry;
using JobMatch.Data.Youth;

namespace JobMatch.Graph.Youth;

/// <summary>One young person on the handover worklist, with the state computed for the request's day.</summary>
public sealed record YouthHandover(
    Citizen Citizen,
    HandoverState State,
    TransitionPlan? Plan,
    IReadOnlyList<HandoverReceiver> Receiving,
    HandoverContact? BufContact)
{
    public Guid CitizenId => Citizen.Id;
}

/// <summary>A department the transition plan names as receiving the case, and its contact person once it has named one.</summary>
public sealed record HandoverReceiver(Guid CitizenId, string Department, HandoverContact? Contact);

/// <summary>Whom to call about the young person in one department: the contact assignment and its employee.</summary>
public sealed record HandoverContact(Guid CitizenId, ContactAssignment Assignment, Employee Employee);
