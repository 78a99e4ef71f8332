using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Employment;
using JobMatch.Graph.Federation;
using JobMatch.Graph.Health;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Nodes;
using JobMatch.Graph.Plans;
using JobMatch.Graph.Projects;
using JobMatch.Graph.Social;
using JobMatch.Graph.Youth;

namespace JobMatch.Graph.Citizens;

/// <summary>A citizen, joined at query time from every department's source.</summary>
public sealed class CitizenGraphType : ObjectGraphType<Citizen>
{
    public CitizenGraphType(SubgraphMount mount)
    {
        Name = "Citizen";
        Description = "A citizen of the municipality, as each department knows them. Each field comes from the source that owns it.";
        this.BelongsToCitizen(c => c.Id);

        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>))
            .Description("The municipal person id; every source refers to the citizen by it. It is also the citizen's global id for node(id:).");
        Interface<NodeGraphType>();
        Field(c => c.Cpr, nullable: true).Description("The CPR number (only the Registry holds it).").Category(DataCategory.CprNumber);
        Field(c => c.FirstName, nullable: true).Description("First name(s).").Category(DataCategory.Identity);
        Field(c => c.LastName, nullable: true).Description("Last name.").Category(DataCategory.Identity);
        Field<StringGraphType>("name").Description("Full name.").Category(DataCategory.Identity)
            .Resolve(ctx => $"{ctx.Source.FirstName} {ctx.Source.LastName}");
        Field(c => c.BirthDate, nullable: true).Description("Date of birth.").Category(DataCategory.Identity);
        Field(c => c.District, nullable: true).Description("The city district (bydel) the citizen lives in.").Category(DataCategory.Identity);
        Field(c => c.Address, nullable: true).Description("Postal address.").Category(DataCategory.ContactInfo);
        Field(c => c.Phone, nullable: true).Description("Phone number.").Category(DataCategory.ContactInfo);
        Field(c => c.Email, nullable: true).Description("E-mail address.").Category(DataCategory.ContactInfo);

        Field<ListGraphType<NonNullGraphType<ContactAssignmentGraphType>>>("contactPersons")
            .Description("The citizen's contact person in each department involved, so colleagues know who to call.")
            .ListSize(Departments.All.Count)
            .Category(DataCategory.Involvement)
            .Resolve(ctx => ctx.ContactAssignmentsOf(ctx.Source.Id))
            .Prefetches((c, id, loads) => loads.Add(c.ContactAssignmentsOf(id)));
        Field<ListGraphType<NonNullGraphType<ConsentGraphType>>>("consents")
            .Description("Consents (and other recorded legal bases) that let one department read another's data about the citizen.")
            .Category(DataCategory.Involvement)
            .Resolve(ctx => ctx.ConsentsOf(ctx.Source.Id))
            .Prefetches((c, id, loads) => loads.Add(c.ConsentsOf(id)));

        Field<EmploymentStatusGraphType>("employmentStatus")
            .Description("Whether the citizen is in work now: a summary every department may read.")
            .Category(DataCategory.EmploymentSummary)
            .Resolve(ctx => ctx.EmploymentStatusOf(ctx.Source.Id))
            .Prefetches(EmploymentLoaders.PrefetchStatus);
        Field<EmploymentGraphType>("employment")
            .Description("BIF's case: target group, benefits, job plan and placements.")
            .Category(DataCategory.EmploymentDetail)
            .Resolve(ctx => new CitizenRef(ctx.Source.Id));
        Field<ListGraphType<NonNullGraphType<EnrollmentGraphType>>>("enrollments")
            .Description("The projects the citizen is or was enrolled in (KLAPjob, STAFF, ...), with the steps reached.")
            .Category(DataCategory.EmploymentDetail)
            .Resolve(ctx => ctx.EnrollmentsOf(ctx.Source.Id))
            .Prefetches((c, id, loads) => loads.Add(c.EnrollmentsOf(id)));
        Field<SocialGraphType>("social")
            .Description("SOF's case: the social action plan (§141), granted services and substance-abuse treatment.")
            .Category(DataCategory.SocialDetail)
            .Resolve(ctx => new CitizenRef(ctx.Source.Id));
        Field<HealthGraphType>("health")
            .Description("SUF's case: health and care episodes (special-category data, GDPR art. 9).")
            .Category(DataCategory.HealthDetail)
            .Resolve(ctx => new CitizenRef(ctx.Source.Id));
        Field<YouthGraphType>("youth")
            .Description("BUF's case: education (e.g. STU) and the transition plan to adult services.")
            .Category(DataCategory.YouthDetail)
            .Resolve(ctx => new CitizenRef(ctx.Source.Id));

        var combinedPlan = Field<NonNullGraphType<CombinedPlanGraphType>>("combinedPlan")
            .Description("Goals, activities, plan reviews and target-group and benefit changes from every department on one time line. Shows the entries the viewer may see, and for the other departments only that they are involved and who the contact person is; the arguments narrow the entries, never the departments.")
            .Argument<Schema.DateGraphType>("from", "Only entries that have not ended before this day.")
            .Argument<Schema.DateGraphType>("to", "Only entries that start on or before this day.")
            .Argument<ListGraphType<NonNullGraphType<Schema.DepartmentCodeGraphType>>>("departments", "Only these departments' entries (the others' sources are not read); every involved department is still listed.")
            .Argument<ListGraphType<NonNullGraphType<PlanEntryKindGraphType>>>("kinds", "Only entries of these kinds.")
            .Argument<ListGraphType<NonNullGraphType<Schema.PlanStatusGraphType>>>("status", "Only entries in one of these statuses on the day of the request.")
            .Resolve(ctx =>
            {
                var query = new PlanQuery(
                    ctx.GetArgument<DateOnly?>("from"),
                    ctx.GetArgument<DateOnly?>("to"),
                    ctx.GetArgument<List<string>?>("departments"),
                    ctx.GetArgument<List<PlanEntryKind>?>("kinds"),
                    ctx.GetArgument<List<Data.PlanStatus>?>("status"));
                // The Registry subgraph composes the plan of the parts each department's subgraph serves; the single host reads every source itself.
                return mount.Mounted == Subgraph.Registry ? ctx.ComposedPlanFor(ctx.Source.Id, query) : ctx.CombinedPlanFor(ctx.Source.Id, query);
            });
        // The single host reads every source for the plan itself, so a page can read them first; the Registry subgraph reads none.
        if (mount.Mounted != Subgraph.Registry)
            combinedPlan.Prefetches(CombinedPlan.Prefetch, readsConsents: true);

        mount.Entity(this);
    }
}
