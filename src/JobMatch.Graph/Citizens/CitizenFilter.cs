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
}

public sealed class CitizenFilterInputGraphType : InputObjectGraphType<CitizenFilter>
{
    public CitizenFilterInputGraphType()
    {
        Name = "CitizenFilterInput";
        Description = "Narrows a citizens page; every condition given must hold. A condition on a field needs the right to list the data category it reads (employment fields: BIF), else the argument is refused with AUTH_NOT_AUTHORIZED.";
        Field<ListGraphType<NonNullGraphType<CitizenFilterInputGraphType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<CitizenFilterInputGraphType>>>("or").Description("At least one of these holds.");
        Field<StringOperationFilterInputGraphType>("name").Description("The full name (first and last), compared the Danish way.").FilterCategory(DataCategory.Identity);
        Field<StringOperationFilterInputGraphType>("firstName").Description("The first name(s).").FilterCategory(DataCategory.Identity);
        Field<StringOperationFilterInputGraphType>("lastName").Description("The last name.").FilterCategory(DataCategory.Identity);
        Field<StringOperationFilterInputGraphType>("district").Description("The city district (bydel), e.g. { eq: \"nørrebro\" }.").FilterCategory(DataCategory.Identity);
        Field<DateOperationFilterInputGraphType>("birthDate").Description("The date of birth, e.g. { gte: \"2008-01-01\" }.").FilterCategory(DataCategory.Identity);
        Field<DepartmentOperationFilterInputGraphType>("involvedDepartment").Description("A department involved with the citizen now (has a current contact person there).").FilterCategory(DataCategory.Involvement);
        Field<StringOperationFilterInputGraphType>("enrolledInProject").Description("The code of a project the citizen is or was enrolled in, e.g. { eq: \"KLAPJOB\" }. Reads the detail of the department that runs the project (BIF's for a partner's project).").FilterCategory(DataCategory.DepartmentDetail);
        Field<StringOperationFilterInputGraphType>("currentTargetGroup").Description("The code of the target group the citizen is in today (the period covering the day of the request). Reads EmploymentDetail.").FilterCategory(DataCategory.EmploymentDetail);
        Field(f => f.Department, nullable: true).Description("Deprecated, kept one version: use involvedDepartment: { eq: SOF }. A department involved with the citizen: BIF, SOF, SUF or BUF.")
            .DeprecationReason("Use involvedDepartment: { eq: SOF }.").FilterCategory(DataCategory.Involvement);
        Field(f => f.Project, nullable: true).Description("Deprecated, kept one version: use enrolledInProject: { eq: \"KLAPJOB\" }. A project code the citizen is or was enrolled in.")
            .DeprecationReason("Use enrolledInProject: { eq: \"KLAPJOB\" }.")
            // A project's enrolments are the detail of the department that runs it (BIF's for a partner's project).
            .FilterCategory(DataCategory.DepartmentDetail);
        Field(f => f.TargetGroup, nullable: true).Description("Deprecated, kept one version: use currentTargetGroup: { eq: \"KH-AKTPARAT\" }. The code of the target group the citizen is in today.")
            .DeprecationReason("Use currentTargetGroup: { eq: \"KH-AKTPARAT\" }.").FilterCategory(DataCategory.EmploymentDetail);
    }
}
