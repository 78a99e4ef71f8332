using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using JobMatch.Graph.Access;

namespace JobMatch.Graph.Writes;

/// <summary>
/// HotChocolate's mutation conventions in GraphQL.NET: one <c>input</c> argument, a payload
/// <c>{ &lt;entity&gt;, errors: [&lt;Mutation&gt;Error!]! }</c> whose error is a union of the typed errors the
/// mutation can give. Expected refusals are errors in the payload (HTTP 200), never top-level errors.
/// </summary>
public static class MutationConventions
{
    /// <summary>The errors every write can give.</summary>
    public static readonly Type[] Common =
        [typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(NotAuthorizedErrorGraphType), typeof(ConflictErrorGraphType), typeof(SourceUnavailableErrorGraphType)];

    /// <summary>The errors a write of a record without a version can give: no <see cref="ConflictErrorGraphType"/>, whose <c>currentVersion</c> it could not fill.</summary>
    public static readonly Type[] Unversioned = [.. Common.Where(t => t != typeof(ConflictErrorGraphType))];

    public static FieldBuilder<object?, object> Mutation<TEntityGraphType, TInputGraphType>(
        this ObjectGraphType<object?> mutation, string name, string entityField, DataCategory category, string description,
        Func<IResolveFieldContext, Task<WritePayload>> resolve, params Type[] moreErrors)
        where TEntityGraphType : IGraphType
        where TInputGraphType : IInputObjectGraphType =>
        mutation.MutationWithErrors<TEntityGraphType, TInputGraphType>(name, entityField, category, description, resolve, [.. Common, .. moreErrors]);

    /// <summary>A mutation whose error union is exactly <paramref name="errors"/>.</summary>
    public static FieldBuilder<object?, object> MutationWithErrors<TEntityGraphType, TInputGraphType>(
        this ObjectGraphType<object?> mutation, string name, string entityField, DataCategory category, string description,
        Func<IResolveFieldContext, Task<WritePayload>> resolve, IReadOnlyList<Type> errors)
        where TEntityGraphType : IGraphType
        where TInputGraphType : IInputObjectGraphType
    {
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        var union = new UnionGraphType { Name = pascal + "Error", Description = $"Why {name} made no change." };
        foreach (var type in errors)
            union.Type(type);
        var payload = new ObjectGraphType { Name = pascal + "Payload", Description = $"What {name} did: the record, or the errors that kept it from changing anything." };
        payload.AddField(new FieldType
        {
            Name = entityField,
            Description = "The record as it is after the change; null when the change was refused.",
            Type = typeof(TEntityGraphType),
            Resolver = new FuncFieldResolver<object?>(ctx => ((WritePayload)ctx.Source!).Entity),
        }.WrittenAs(category));
        payload.AddField(new FieldType
        {
            Name = "errors",
            Description = "Why nothing was changed; empty when the change was made.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(union))),
            Resolver = new FuncFieldResolver<object?>(ctx => ((WritePayload)ctx.Source!).Errors),
        });
        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", "What to change.")
            .Writes(category)
            .ResolveAsync(async ctx => await resolve(ctx));
    }
}
