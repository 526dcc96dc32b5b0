using System.Reflection;

namespace PublicSite.Cms.Content;

/// <summary>What the CMS knows of one content type, read once from its class at start-up.</summary>
public sealed record ContentTypeDescriptor(
    string Key,
    string Section,
    Type ClrType,
    string? SlugField,
    string? DateField,
    IReadOnlyList<FieldDescriptor> Fields)
{
    public IEnumerable<FieldDescriptor> SharedFields => Fields.Where(f => f.Scope == FieldScope.Shared);

    public IEnumerable<FieldDescriptor> LocalizedFields => Fields.Where(f => f.Scope == FieldScope.Localized);
}

/// <summary>One field of a content type; <see cref="Name"/> is its camelCase JSON name.</summary>
public sealed record FieldDescriptor(string Name, FieldScope Scope, string? Label, PropertyInfo Property);
