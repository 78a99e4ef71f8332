using GraphQL.Types;

namespace JobMatch.Graph.Employment;

/// <summary>KLAPjob's four steps, in their only order; the value is the project step's order in the Registry.</summary>
public enum KlapJobStep
{
    Applied = 1,
    Interviewed = 2,
    Internship = 3,
    Hired = 4,
}

public sealed class KlapJobStepGraphType : EnumerationGraphType<KlapJobStep>
{
    public KlapJobStepGraphType()
    {
        Description = "KLAPjob's steps, taken one after another: apply, an interview with a KLAPjob consultant, an unpaid company internship, hired in a flex job or a wage-subsidy job.";
        Values.FindByValue(KlapJobStep.Applied)!.Description = "Ansøgning: the citizen applies to take part.";
        Values.FindByValue(KlapJobStep.Interviewed)!.Description = "Samtale: an interview with a KLAPjob consultant about wishes and possible jobs.";
        Values.FindByValue(KlapJobStep.Internship)!.Description = "Ulønnet virksomhedspraktik: an unpaid internship with an employer.";
        Values.FindByValue(KlapJobStep.Hired)!.Description = "Ansættelse: hired in a fleksjob or løntilskudsjob with the employer.";
    }
}
