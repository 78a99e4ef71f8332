using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using JobMatch.Graph.Http;

namespace JobMatch.Graph.Limits;

/// <summary>
/// Outside Development only the trusted documents run (unless <see cref="TrustedDocuments.OnlySetting"/> is false),
/// except for the gateway's requests (<see cref="GatewayCredential"/>): the gateway plans its subgraph queries from
/// the trusted documents its own callers sent, so they are not in the list themselves. In Development the IDE sends
/// its own documents.
/// </summary>
public sealed class TrustedDocumentsOnly(bool applies) : IConfigureExecution
{
    public static bool Applies(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsDevelopment() && (configuration.GetValue<bool?>(TrustedDocuments.OnlySetting) ?? true);

    // Before the trusted documents' handler (200) turns an id into its document, so only a document the caller wrote is seen here.
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
        applies && options.Query is not null && options.DocumentId is null && !(options.UserContext is GraphQLUserContext { FromGateway: true })
            ? Task.FromResult(new ExecutionResult(new DocumentIdMissingError()))
            : next(options);
}
