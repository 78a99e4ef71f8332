using GraphQL.Types;
using JobMatch.Graph.Access;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Citizens;

/// <summary>What to narrow a citizens page to, in HotChocolate's form: every condition given must hold, <c>or</c> any of its parts.</summary>
public sealed class CitizenFilter
{
    public List<CitizenFilter>? And { get; set; }
    public List<CitizenFilter>? Or { get; set; }
    public StringOperationFilter? Name { get; set; }
    public StringOperationFilter? FirstName { get; set; }
    public StringOperationFilter? LastName { get; set; }
    public StringOperationFilter? District { get; set; }
    public DateOperationFilter? BirthDate { get; set; }
    public DepartmentOperationFilter? InvolvedDepartment { get; set; }
    public StringOperationFilter? EnrolledInProject { get; set; }
    public StringOperationFilter? CurrentTargetGroup { get; set; }

    // The earlier plain forms, kept one version.
    public string? Department { get; set; }
    public string? Project { get; set; }
    public string? TargetGroup { get; set; }

    /// <summary>The GraphQL names of every field used, at any depth of <c>and</c>/<c>or</c>.</summary>
    /// <summary>Every project condition, here and in and/or: the old single code, or an operation filter on the code.</summary>
    public IEnumerable<StringOperationFilter> ProjectConditions()
    {
        if (Project is { } code)
            yield return new StringOperationFilter { Eq = code };
        if (EnrolledInProject is { } condition)
            yield return condition;
        foreach (var part in (And ?? []).Concat(Or ?? []))
        {
            foreach (var nested in part.ProjectConditions())
                yield return nested;
        }
    }

    public IEnumerable<string> FieldsUsed()
    {
        foreach (var (name, value) in new (string, object?)[]
        {
            ("name", Name), ("firstName", FirstName), ("lastName", LastName), ("district", District), ("birthDate", BirthDate),
            ("involvedDepartment", InvolvedDepartment), ("enrolledInProject", EnrolledInProject), ("currentTargetGroup", CurrentTargetGroup),
            ("department", Department), ("project", Project), ("targetGroup", TargetGroup),
        })
        {
            if (value is not null)
                yield return name;
        }
        foreach (var part in (And ?? []).Concat(Or ?? []))
        {
            foreach (var name in part.FieldsUsed())
                yield return name;
        }
    }
}

/// <summary>
/// The data category each filter and sort field reads, in one place: a viewer may filter or sort on a field only
/// if they may list that category, or the answer (who is on the page, in which order) would disclose it.
/// </summary>
public static class CitizenQueryCategories
{
    public static readonly IReadOnlyDictionary<string, DataCategory> Filter = new Dictionary<string, DataCategory>(StringComparer.Ordinal)
    {
        ["name"] = DataCategory.Identity,
        ["firstName"] = DataCategory.Identity,
        ["lastName"] = DataCategory.Identity,
        ["district"] = DataCategory.Identity,
        ["birthDate"] = DataCategory.Identity,
        ["involvedDepartment"] = DataCategory.Involvement,
        ["department"] = DataCategory.Involvement,
        // A project's enrolments are the detail of the department that runs it (BIF's for a partner's project).
        ["enrolledInProject"] = DataCategory.DepartmentDetail,
        ["project"] = DataCategory.DepartmentDetail,
        ["currentTargetGroup"] = DataCategory.EmploymentDetail,
        ["targetGroup"] = DataCategory.EmploymentDetail,
    };

    public static readonly IReadOnlyDictionary<string, DataCategory> Order = new Dictionary<string, DataCategory>(StringComparer.Ordinal)
    {
        ["name"] = DataCategory.Identity,
        ["firstName"] = DataCategory.Identity,
        ["lastName"] = DataCategory.Identity,
        ["birthDate"] = DataCategory.Identity,
        ["district"] = DataCategory.Identity,
    };
}

public sealed class CitizenFilterInputGraphType : InputObjectGraphType<CitizenFilter>
{
    public CitizenFilterInputGraphType()
    {
        Name = "CitizenFilterInput";
        Description = "Narrows a citizens page; every condition given must hold. A condition on a field needs the right to list the data category it reads (employment fields: BIF), else the argument is refused with AUTH_NOT_AUTHORIZED.";
        Field<ListGraphType<NonNullGraphType<CitizenFilterInputGraphType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<CitizenFilterInputGraphType>>>("or").Description("At least one of these holds.");
        Field<StringOperationFilterInputGraphType>("name").Description("The full name (first and last), compared the Danish way.");
        Field<StringOperationFilterInputGraphType>("firstName").Description("The first name(s).");
        Field<StringOperationFilterInputGraphType>("lastName").Description("The last name.");
        Field<StringOperationFilterInputGraphType>("district").Description("The city district (bydel), e.g. { eq: \"nørrebro\" }.");
        Field<DateOperationFilterInputGraphType>("birthDate").Description("The date of birth, e.g. { gte: \"2008-01-01\" }.");
        Field<DepartmentOperationFilterInputGraphType>("involvedDepartment").Description("A department involved with the citizen now (has a current contact person there).");
        Field<StringOperationFilterInputGraphType>("enrolledInProject").Description("The code of a project the citizen is or was enrolled in, e.g. { eq: \"KLAPJOB\" }. Reads EmploymentDetail.");
        Field<StringOperationFilterInputGraphType>("currentTargetGroup").Description("The code of the target group the citizen is in today (the period covering the day of the request). Reads EmploymentDetail.");
        Field(f => f.Department, nullable: true).Description("Deprecated, kept one version: use involvedDepartment: { eq: SOF }. A department involved with the citizen: BIF, SOF, SUF or BUF.")
            .DeprecationReason("Use involvedDepartment: { eq: SOF }.");
        Field(f => f.Project, nullable: true).Description("Deprecated, kept one version: use enrolledInProject: { eq: \"KLAPJOB\" }. A project code the citizen is or was enrolled in.")
            .DeprecationReason("Use enrolledInProject: { eq: \"KLAPJOB\" }.");
        Field(f => f.TargetGroup, nullable: true).Description("Deprecated, kept one version: use currentTargetGroup: { eq: \"KH-AKTPARAT\" }. The code of the target group the citizen is in today.")
            .DeprecationReason("Use currentTargetGroup: { eq: \"KH-AKTPARAT\" }.");
    }
}
