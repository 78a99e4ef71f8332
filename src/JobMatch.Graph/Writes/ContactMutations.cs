using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Access;
using JobMatch.Graph.Citizens;
using JobMatch.Graph.Employment;
using Microsoft.EntityFrameworkCore;

namespace JobMatch.Graph.Writes;

/// <summary>
/// A department's caseworker names or ends a contact person of their own department for a citizen, in the Registry.
/// That is how a department becomes involved, so it is allowed only where the department already is (a second
/// contact person, a change of hands) or where an open transition plan names it as receiving the young person's case.
/// </summary>
public static class ContactMutations
{
    public const string NodeType = "ContactAssignment";
    private const DataCategory Category = DataCategory.Involvement;

    public static void AddContactMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ContactAssignmentGraphType, AssignContactPersonInputGraphType>("assignContactPerson", "contactAssignment", Category,
            "Names an employee of the viewer's own department as the citizen's contact person there (caseworkers, while the department is involved or named as receiving in an open handover).",
            ctx =>
            {
                var input = ctx.GetArgument<AssignContactPersonInput>("input");
                return WriteDoor.CreateAsync<RegistryContext>(ctx, Category, input.CitizenId, input.IdempotencyKey, "CONTACT_PERSON_ASSIGNED",
                    async (db, id, ct) => await Load(db, id, ct), async scope =>
                    {
                        var from = input.From ?? scope.Today;
                        var checks = new Checks().Text(input.Responsibility, "responsibility", 100)
                            .When(from < scope.Today, $"from must not be in the past (today is {scope.Today:yyyy-MM-dd}).", "from");
                        var employee = Guid.TryParse(input.EmployeeId, out var employeeId)
                            ? await scope.Db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId, scope.CancellationToken)
                            : null;
                        checks.When(employee is null, "employeeId must be an employee's id (a contact person's id).", "employeeId")
                            .When(employee is not null && employee.DepartmentCode != scope.Department, $"A department names its own contact persons: the employee works in {employee?.DepartmentCode}, not {scope.Department}.", "employeeId")
                            .ThrowIfAny();
                        var citizen = JobPlanMutations.CitizenOf(input.CitizenId);
                        if (await scope.Db.ContactAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.CitizenId == citizen && a.EmployeeId == employeeId && (a.To == null || a.To >= from), scope.CancellationToken) is { } open)
                            throw new WriteRefused(new Conflict("The employee is already the citizen's contact person in that period.", open.Version));
                        var assignment = new ContactAssignment { Id = Guid.NewGuid(), CitizenId = citizen, EmployeeId = employeeId, DepartmentCode = scope.Department, Responsibility = input.Responsibility!.Trim(), From = from, Version = 1 };
                        scope.Db.ContactAssignments.Add(assignment);
                        return assignment;
                    });
            });

        mutation.Mutation<ContactAssignmentGraphType, EndRecordInputGraphType>("endContactPerson", "contactAssignment", Category,
            "Ends a contact person of the viewer's own department on a day. When it was the department's last, the citizen leaves its caseload.",
            ctx =>
            {
                var input = ctx.GetArgument<EndRecordInput>("input");
                return WriteDoor.ChangeAsync<RegistryContext, ContactAssignment>(ctx, Category, NodeType, input.Id, input.Version, "CONTACT_PERSON_ENDED", Load, (scope, assignment) =>
                {
                    if (assignment.DepartmentCode != scope.Department)
                        throw new WriteRefused(new NotAuthorized(AccessDecision.NotAuthorized, $"A department ends its own contact persons: this one is {assignment.DepartmentCode}'s."));
                    var end = input.EndedOn ?? scope.Today;
                    new Checks().Period(assignment.From, end, "endedOn").When(assignment.To is { } to && to < end, "The contact person has already ended.", "id").ThrowIfAny();
                    assignment.To = end;
                    return Task.CompletedTask;
                });
            }, typeof(EndBeforeStartErrorGraphType));
    }

    private static Task<ContactAssignment?> Load(RegistryContext db, Guid id, CancellationToken ct) => db.ContactAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
}

/// <summary>A contact person to name.</summary>
public sealed class AssignContactPersonInput
{
    public string? CitizenId { get; set; }
    public string? EmployeeId { get; set; }
    public string? Responsibility { get; set; }
    public DateOnly? From { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class AssignContactPersonInputGraphType : InputObjectGraphType<AssignContactPersonInput>
{
    public AssignContactPersonInputGraphType()
    {
        Name = "AssignContactPersonInput";
        Description = "An employee of the viewer's own department to be the citizen's contact person there.";
        Field<NonNullGraphType<IdGraphType>>("citizenId").Description("The citizen.");
        Field<NonNullGraphType<IdGraphType>>("employeeId").Description("The employee (a contact person's id), of the viewer's department.");
        Field<NonNullGraphType<StringGraphType>>("responsibility").Description("What they do for the citizen, e.g. \"Jobkonsulent\" (at most 100 characters).");
        Field(i => i.From, type: typeof(Schema.DateGraphType)).Description("From: today or later; today if omitted.");
        Field<StringGraphType>("idempotencyKey").Description("A key the client chooses once for this assignment: a retry with it answers with the first result.");
    }
}
