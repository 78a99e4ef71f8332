using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobMatch.Data.Diagnostics;

/// <summary>
/// Marks a failed connection or command with the source it came from, so the graph can say which source is
/// unavailable wherever the exception surfaces.
/// </summary>
public sealed class SourceFailureTagger : IDbConnectionInterceptor, IDbCommandInterceptor
{
    public const string DataKey = "jobmatch:source";

    public static readonly SourceFailureTagger Instance = new();

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Tag(eventData.Exception, eventData.Context);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Tag(eventData.Exception, eventData.Context);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Tag(eventData.Exception, eventData.Context);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Tag(eventData.Exception, eventData.Context);
        return Task.CompletedTask;
    }

    private static void Tag(Exception exception, Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not null)
            exception.Data[DataKey] = SourceContexts.SourceOf(context);
    }

    /// <summary>The source a failure came from, if it was a source's connection or command that failed.</summary>
    public static Source? SourceOf(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e.Data[DataKey] is Source source)
                return source;
        return null;
    }
}
