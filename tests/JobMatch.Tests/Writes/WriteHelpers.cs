using System.Text.Json.Nodes;
using JobMatch.Data.Registry;
using JobMatch.Graph.Nodes;
using JobMatch.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Tests.Writes;

/// <summary>What the write tests share: a mutation's payload, and ids read from the host's own Registry.</summary>
internal static class WriteHelpers
{
    /// <summary>The payload's errors, with the fields of the common error types and of the extra ones the mutation may give.</summary>
    public const string Errors = "errors { __typename ... on Error { message code } ... on ValidationError { path } ... on ConflictError { currentVersion } ... on SourceUnavailableError { source } }";

    public const string DateErrors = "errors { __typename ... on Error { message code } ... on ValidationError { path } ... on ConflictError { currentVersion } ... on SourceUnavailableError { source } ... on EndBeforeStartError { start end path } }";

    public const string PlacementErrors = "errors { __typename ... on Error { message code } ... on ValidationError { path } ... on ConflictError { currentVersion } ... on SourceUnavailableError { source } ... on EndBeforeStartError { start end path } ... on UnknownEmployerError { employerId } }";

    public const string KlapJobErrors = "errors { __typename ... on Error { message code } ... on ValidationError { path } ... on ConflictError { currentVersion } ... on SourceUnavailableError { source } ... on EndBeforeStartError { start end path } ... on UnknownEmployerError { employerId } ... on StepOutOfOrderError { currentStep requestedStep allowedNext } }";

    /// <summary>The consent mutations, in the payload convention, with every error they can give.</summary>
    public const string ConsentErrors = "errors { __typename ... on Error { message code } ... on ValidationError { path } ... on NotFoundError { id } ... on ConsentConflictError { consentId } ... on SourceUnavailableError { source } }";

    public const string RecordConsent = "mutation($c: RecordConsentInput!) { recordConsent(input: $c) { consent { id confirmed confirmedAt revokedAt purpose } " + ConsentErrors + " } }";

    public const string ConfirmConsent = "mutation($id: ID!) { confirmConsent(input: { id: $id }) { consent { id confirmed revokedAt } " + ConsentErrors + " } }";

    public const string RevokeConsent = "mutation($id: ID!) { revokeConsent(input: { id: $id }) { consent { id confirmed revokedAt } " + ConsentErrors + " } }";

    /// <summary>The payload of the one mutation field in the response, which must have no top-level errors.</summary>
    public static JsonNode Payload(this GraphQLResponse response, string field) =>
        response.Errors.Count == 0 && response.Data?[field] is { } payload ? payload : throw new InvalidOperationException("No payload: " + response.Text);

    public static IReadOnlyList<string> ErrorTypes(this JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()).ToList();

    public static IReadOnlyList<string> ErrorCodes(this JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    /// <summary>The record a mutation's payload carries, which must have no errors.</summary>
    public static JsonNode Changed(this GraphQLResponse response, string field, string entity)
    {
        var payload = response.Payload(field);
        return payload["errors"]!.AsArray().Count == 0 && payload[entity] is { } record ? record : throw new InvalidOperationException("Not changed: " + response.Text);
    }

    public static async Task<string> EmployerIdAsync(this JobMatchHost host, int skip = 0)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        var id = await db.Employers.OrderBy(e => e.Cvr).Skip(skip).Select(e => e.Id).FirstAsync();
        return GlobalId.Of(NodeTypes.Employer, id);
    }

    public static async Task<Guid> EmployeeIdAsync(this JobMatchHost host, string department)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync();
        return await db.Employees.Where(e => e.DepartmentCode == department).OrderBy(e => e.Name).Select(e => e.Id).FirstAsync();
    }

    public static async Task<T> InAsync<TContext, T>(this JobMatchHost host, Func<TContext, Task<T>> read) where TContext : DbContext
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
