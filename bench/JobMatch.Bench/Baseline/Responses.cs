using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobMatch.Bench.Baseline;

// The baseline's responses: plain records in the order and shape of the GraphQL documents' selections, so both
// sides send the same JSON for the same question. GraphQL sends explicit nulls; so do these.

/// <summary>The GraphQL-shaped envelope: errors (when any), data, and the correlation id when there are errors.</summary>
public sealed record Envelope<T>(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ErrorDto>? Errors,
    T? Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ErrorEnvelopeExtensions? Extensions) where T : class;

public sealed record ErrorDto(
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<object>? Path,
    ErrorExtensions Extensions);

public sealed record ErrorExtensions(string Code);

public sealed record ErrorEnvelopeExtensions(string CorrelationId);

// Scenario 1: JobcenterCombinedPlan.
public sealed record PlanData(PlanCitizen? Citizen);

public sealed record PlanCitizen(Guid Id, string Name, string District, PlanStatusDto? EmploymentStatus, PlanEmployment? Employment, PlanCombined CombinedPlan);

public sealed record PlanStatusDto(string Situation, bool Employed, string? PlacementKind, double? HoursPerWeek, DateOnly? Since, NameOnly? Employer, CodeName? Benefit, CodeName? TargetGroup);

public sealed record StatusDto(bool Employed, string? PlacementKind, double? HoursPerWeek, DateOnly? Since);

public sealed record PlanEmployment(PlanTargetGroupPeriod? TargetGroup, PlanUpcomingTargetGroup? UpcomingTargetGroup, PlanPlacement? CurrentPlacement);

public sealed record PlanTargetGroupPeriod(CodeName? TargetGroup, DateOnly From, DateOnly? To);

public sealed record PlanUpcomingTargetGroup(CodeName? TargetGroup, DateOnly From);

public sealed record CodeName(string Code, string Name);

public sealed record NameOnly(string Name);

public sealed record PlanPlacement(string Id, string Kind, NameOnly? Employer, DateOnly From, DateOnly? To, double HoursPerWeek, string Status);

public sealed record PlanCombined(IReadOnlyList<PlanEntryDto> Entries, IReadOnlyList<PlanDepartmentDto> Departments, IReadOnlyList<string> UnavailableSources);

public sealed record PlanEntryDto(
    string Id, DateOnly Date, DateOnly? EndDate, string Department, string Kind, string Title, string Status,
    CodeName? Unit, PlanResponsible? Responsible, PlanSource Source);

public sealed record PlanResponsible(string? Responsibility, PlanReachable? ContactPerson);

public sealed record PlanReachable(string Name, string? Phone);

/// <summary>The record an entry comes from, as a node: its global id and GraphQL type name.</summary>
public sealed record PlanSource(string Id, [property: JsonPropertyName("__typename")] string Typename);

public sealed record PlanDepartmentDto(string Department, bool Visible, string? HiddenBecause, PlanHeaderDto? Plan, PlanContact? ContactPerson);

public sealed record PlanHeaderDto(string Title, DateOnly Created, DateOnly? NextReview);

public sealed record PlanContact(string? Responsibility, PlanEmployee? ContactPerson);

public sealed record PlanEmployee(string Name, string? Title, string? Phone, string? Email);

// Scenario 2: a page with employment status and contact persons.
public sealed record StatusPageData(StatusPage? Citizens);

public sealed record StatusPage(PageInfoDto PageInfo, IReadOnlyList<Edge<StatusCitizen>> Edges);

public sealed record PageInfoDto(bool HasNextPage, string? EndCursor);

public sealed record Edge<T>(T Node);

public sealed record StatusCitizen(Guid Id, string Name, DateOnly BirthDate, StatusDto? EmploymentStatus, IReadOnlyList<StatusContact> ContactPersons);

public sealed record StatusContact(string DepartmentCode, string? Responsibility, DateOnly From, StatusEmployee? ContactPerson);

public sealed record StatusEmployee(string Name, string? Title, string? Email, string? Phone);

// Scenario 3: a page with every source's detail.
public sealed record DetailPageData(DetailPage? Citizens);

public sealed record DetailPage(IReadOnlyList<Edge<DetailCitizen>> Edges);

public sealed record DetailCitizen(
    string Name,
    string? Cpr,
    string? Phone,
    IReadOnlyList<DetailContact> ContactPersons,
    IReadOnlyList<PurposeOnly> Consents,
    DetailStatus? EmploymentStatus,
    DetailEmployment? Employment,
    IReadOnlyList<DetailEnrollment>? Enrollments,
    DetailSocial? Social,
    DetailHealth? Health,
    DetailYouth? Youth,
    DetailCombined CombinedPlan);

public sealed record DetailContact(NameOnly? Department, DetailEmployee? ContactPerson);

public sealed record DetailEmployee(string Name, NameOnly? Unit);

public sealed record PurposeOnly(string Purpose);

public sealed record DetailStatus(bool Employed, string? PlacementKind);

public sealed record DetailEmployment(
    DetailTargetGroupPeriod? TargetGroup,
    IReadOnlyList<DetailBenefit> Benefits,
    IReadOnlyList<TextOnly> Goals,
    IReadOnlyList<TitleOnly> Activities,
    IReadOnlyList<DetailPlacement> Placements);

public sealed record DetailTargetGroupPeriod(NameOnly? TargetGroup);

public sealed record DetailBenefit(NameOnly? Benefit);

public sealed record TextOnly(string Text);

public sealed record TitleOnly(string Title);

public sealed record DetailPlacement(string Kind, NameOnly? Employer);

public sealed record DetailEnrollment(NameOnly? Project, NameOnly? ReferredBy, IReadOnlyList<NullableName> Steps);

public sealed record NullableName(string? Name);

public sealed record DetailSocial(PurposeOnly? ActionPlan, IReadOnlyList<TextOnly> Goals, IReadOnlyList<DetailService> Services, IReadOnlyList<SubstanceOnly> SubstanceTreatments);

public sealed record DetailService(string Kind, NameOnly? Provider);

public sealed record SubstanceOnly(string Substance);

public sealed record DetailHealth(IReadOnlyList<KindTitle> Episodes);

public sealed record KindTitle(string Kind, string Title);

public sealed record DetailYouth(IReadOnlyList<ProgrammeOnly> Educations, SummaryOnly? TransitionPlan);

public sealed record ProgrammeOnly(string Programme);

public sealed record SummaryOnly(string Summary);

public sealed record DetailCombined(IReadOnlyList<DateTitle> Entries, IReadOnlyList<DetailPlanDepartment> Departments);

public sealed record DateTitle(DateOnly Date, string Title);

public sealed record DetailPlanDepartment(string Department, bool Visible, DetailPlanContact? ContactPerson);

public sealed record DetailPlanContact(NameOnly? ContactPerson);

// The list and search scenarios: a keyset page with its bounded count.
public sealed record ListPageData(ListPage? Citizens);

public sealed record ListPage(int TotalCount, bool TotalCountIsExact, PageInfoDto PageInfo, IReadOnlyList<ListCitizen> Nodes);

public sealed record ListCitizen(Guid Id, string Name, DateOnly BirthDate, string District);

/// <summary>Source-generated serialization: what a team that cares about speed writes today.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Envelope<PlanData>))]
[JsonSerializable(typeof(Envelope<StatusPageData>))]
[JsonSerializable(typeof(Envelope<DetailPageData>))]
[JsonSerializable(typeof(Envelope<ListPageData>))]
[JsonSerializable(typeof(ErrorOnly))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
public sealed partial class BaselineJson : JsonSerializerContext;

/// <summary>A request refused before it reads anything: no data member at all, as GraphQL answers one that never executed.</summary>
public sealed record ErrorOnly(IReadOnlyList<ErrorDto> Errors, ErrorEnvelopeExtensions Extensions);
