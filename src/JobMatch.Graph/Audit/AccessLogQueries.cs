using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using JobMatch.Data.Audit;
using JobMatch.Graph.Access;
using JobMatch.Graph.Batching;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Audit;

public static class AccessLogQueries
{
    public static void AddAccessLogQueries(this ObjectGraphType query)
    {
        query.Field<PageGraphType<AccessRecordGraphType, AccessLogEntry>>("accessLog")
            .Description("The access log, newest first, for auditors; at most the configured page size (100 by default) a page.")
            .Argument<IdGraphType>("citizenId", "Only accesses to this citizen's data.")
            .Argument<DateTimeGraphType>("from", "Only accesses at or after this time.")
            .Argument<DateTimeGraphType>("to", "Only accesses before this time.")
            .Argument<IntGraphType>("first", "How many records (default 50, at most the configured page size).")
            .Argument<StringGraphType>("after", "Return the records after this cursor (older ones).")
            .Argument<IntGraphType>("last", "How many records from the end (the oldest), or before 'before' (at most the configured page size).")
            .Argument<StringGraphType>("before", "Return the records before this cursor (newer ones).")
            .Category(DataCategory.Audit)
            .Aggregate()
            .ResolveAsync(async ctx =>
            {
                var last = PageSize.Last(ctx);
                if (last is not null && ctx.GetArgument<int?>("first") is not null)
                    throw new ExecutionError("Give either 'first' (with 'after') or 'last' (with 'before'), not both.") { Code = "INVALID_PAGE" };
                var size = last ?? PageSize.First(ctx, 50);
                var citizenId = ctx.GetGuidArgument("citizenId");
                var from = ctx.GetArgument<DateTime?>("from")?.ToUniversalTime();
                var to = ctx.GetArgument<DateTime?>("to")?.ToUniversalTime();
                var after = Cursor(ctx, "after");
                var before = Cursor(ctx, "before");

                await using var db = await ctx.OpenAsync<AuditContext>();
                var records = db.AccessRecords.AsQueryable();
                if (citizenId is { } c)
                    records = records.Where(r => r.CitizenId == c);
                // The cursor is the record's id: pages are cut by key, never by skipping rows, so a growing log does not shift them.
                if (after is { } a)
                    records = records.Where(r => r.Id < a);
                if (before is { } b)
                    records = records.Where(r => r.Id > b);
                var entries = Entries(db, records);
                if (from is { } f)
                    entries = entries.Where(r => r.At >= f);
                if (to is { } t)
                    entries = entries.Where(r => r.At < t);
                // Backwards pages read from the old end and are put back newest first.
                var read = last is null
                    ? await entries.OrderByDescending(r => r.Id).Take(size + 1).ToListAsync(ctx.CancellationToken)
                    : await entries.OrderBy(r => r.Id).Take(size + 1).ToListAsync(ctx.CancellationToken);
                var more = read.Count > size;
                var page = last is null ? read.Take(size).ToList() : Enumerable.Reverse(read.Take(size).ToList()).ToList();
                var edges = page.Select(r => new Edge<AccessLogEntry> { Node = r, Cursor = r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
                return new Connection<AccessLogEntry>
                {
                    Edges = edges,
                    PageInfo = new PageInfo
                    {
                        HasNextPage = last is null ? more : before is not null,
                        HasPreviousPage = last is null ? after is not null : more,
                        StartCursor = edges.FirstOrDefault()?.Cursor,
                        EndCursor = edges.LastOrDefault()?.Cursor,
                    },
                };
            });

        query.Field<ListGraphType<NonNullGraphType<OwnAccessGraphType>>>("myAccessLog")
            .Description("For a citizen, with their own token: who in the municipality has read or changed their data, newest first.")
            .Category(DataCategory.Audit)
            .SelfScoped()
            .ResolveAsync(async ctx =>
            {
                var citizenId = ctx.Access().Viewer.CitizenId
                    ?? throw new ExecutionError("myAccessLog is a citizen's own log and needs a citizen's token; auditors read accessLog.") { Code = AccessDecision.NotAuthorized };
                await using var db = await ctx.OpenAsync<AuditContext>();
                return await Entries(db, db.AccessRecords.Where(r => r.CitizenId == citizenId && r.Allowed))
                    .OrderByDescending(r => r.Id).Take(500).ToListAsync(ctx.CancellationToken);
            });
    }

    private static long? Cursor(IResolveFieldContext ctx, string argument) =>
        ctx.GetArgument<string?>(argument) is { } cursor
            ? long.TryParse(cursor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : throw new ExecutionError($"'{argument}' is not a cursor from this connection.") { Code = "INVALID_CURSOR" }
            : null;

    /// <summary>The records joined with their requests, one entry per record.</summary>
    private static IQueryable<AccessLogEntry> Entries(AuditContext db, IQueryable<AccessRecord> records) =>
        records.Join(db.AccessRequests, r => r.RequestId, q => q.Id, (r, q) => new AccessLogEntry
        {
            Id = r.Id,
            At = q.At,
            RequestId = q.CorrelationId,
            Subject = q.Subject,
            SubjectName = q.SubjectName,
            Department = q.Department,
            Role = q.Role,
            CitizenId = r.CitizenId,
            Category = r.Category,
            Operation = r.Operation,
            OperationName = q.OperationName,
            Purpose = q.Purpose,
            PurposeNote = q.PurposeNote,
            Allowed = r.Allowed,
            Criterion = r.Criterion,
            OutsideCaseload = r.OutsideCaseload,
            Hash = q.Hash,
        });
}
