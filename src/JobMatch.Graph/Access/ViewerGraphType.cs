using GraphQL.Types;
using JobMatch.Graph.Auth;

namespace JobMatch.Graph.Access;

/// <summary>Who the token says the viewer is.</summary>
public sealed class ViewerGraphType : ObjectGraphType<Viewer>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "Who is asking, as the bearer token says: the access table decides from the department and roles.";
        Field(v => v.IsAuthenticated).Description("Whether a valid token was sent.");
        Field(v => v.Subject, nullable: true).Description("The token's subject.");
        Field(v => v.Name, nullable: true).Description("The viewer's name.");
        Field(v => v.Department, nullable: true).Description("The viewer's department: BIF, SOF, SUF or BUF.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("The viewer's roles.")
            .Resolve(ctx => ctx.Source.Roles.Order().Select(r => r.ToString()).ToList());
        Field(v => v.CitizenId, type: typeof(IdGraphType)).Description("For a citizen's token: their own person id.");
    }
}
