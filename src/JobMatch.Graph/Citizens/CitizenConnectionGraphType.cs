using GraphQL;
using GraphQL.Types;
using JobMatch.Data.Registry;
using JobMatch.Graph.Limits;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Citizens;

/// <summary>A page of citizens, whose <c>totalCount</c> is exact up to a bound and says so beside it.</summary>
public sealed class CitizenConnectionGraphType : PageGraphType<CitizenGraphType, Citizen>
{
    public CitizenConnectionGraphType()
    {
        Name = "CitizenConnection";
        Field<BooleanGraphType>("totalCountIsExact")
            .Description("Whether totalCount is the exact number of citizens in the list. A count stops at the configured bound (1,000 by default): above it totalCount is the bound and this is false, read \"more than totalCount\". Under a condition on a project or target group that many citizens meet, a count also stops once it has checked its bound of candidates (10,000 by default): this is then false too, read \"at least totalCount\". Null when the count was not asked for.")
            .Resolve(ctx => (ctx.Source as Keyset.Page<Citizen>)?.TotalCountIsExact);
    }

    /// <summary>Whether the selection asks for the count or its exactness; the list is counted only then.</summary>
    public static bool WantsTotal(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value.Span is "totalCount" or "totalCountIsExact") == true;
}
