package io.github.shiyu.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The architecture rules of {@code docs/architecture.md}, checked on the modules as a vendor's
 * module path holds them: which module may require which, nothing of {@code .internal}
 * exported or shown in exported signatures, and in exported API no {@code null} returns, no
 * {@code Optional} parameters or components, no {@code IllegalArgumentException} or
 * {@code IllegalStateException} thrown, no {@code get}-prefixed methods.
 *
 * <p>Byte code is read with ASM, reflection answers what overrides what: ArchUnit cannot see a
 * {@code return null} (decision 0013).
 */
class ArchitectureTest {

  static final String PREFIX = "io.github.shiyu.governance.";

  /**
   * The modules each published module may require among ours (short names). A new module must
   * be added here, which is the point: its dependencies are chosen, not collected.
   */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("core", Set.of()),
      // jackson writes case events too (decision 0014).
      Map.entry("jackson", Set.of("core", "cases")),
      // the same forms on Jackson 3, shared through core's and cases' qualified exports.
      Map.entry("jackson3", Set.of("core", "cases")),
      Map.entry("validation", Set.of("core")),
      Map.entry("cases", Set.of("core")),
      Map.entry("grid", Set.of("core", "jackson")),
      Map.entry("metrics", Set.of("core", "cases", "jackson")),
      Map.entry("jdbc", Set.of("core", "cases", "jackson")),
      // people's household coverage is a metric of metrics (decision 0016).
      Map.entry("people", Set.of("core", "cases", "metrics")),
      // the Spring Boot starter wires the modules it configures (decision 0019).
      Map.entry("spring", Set.of("core", "cases", "grid", "jdbc", "jackson", "jackson3")),
      Map.entry("spark", Set.of("core", "cases", "metrics")));

  /** One class as the rules see it. */
  record ClassModel(String module, String name, int access, String superName, List<String> interfaces,
      String signature, List<MemberModel> fields, List<MemberModel> methods) {

    String packageName() {
      int dot = name.lastIndexOf('.');
      return dot < 0 ? "" : name.substring(0, dot);
    }

    boolean isPublic() {
      return (access & Opcodes.ACC_PUBLIC) != 0;
    }

    boolean isRecord() {
      return "java/lang/Record".equals(superName);
    }
  }

  /** A field or method: its byte-code facts. */
  record MemberModel(String name, String descriptor, String signature, int access, boolean returnsNull,
      Set<String> constructed) {

    boolean isApi() {
      return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0
          && (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0;
    }
  }

  /** Everything a module holds, read from its jar or directory. */
  record ModuleModel(String shortName, ModuleDescriptor descriptor, List<ClassModel> classes) {

    Set<String> exported() {
      return descriptor.exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    List<ClassModel> api() {
      Set<String> exported = exported();
      return classes.stream().filter(c -> c.isPublic() && exported.contains(c.packageName())).toList();
    }
  }

  private static final List<ModuleModel> MODULES = load();

  /**
   * Published modules the examples cannot require, read from their class files: the Spring Boot
   * starter, an automatic module (decision 0019). Its descriptor is made as a module-info would
   * be: it requires the modules its classes name, it exports its packages but the internal ones.
   */
  static final Map<String, String> PLAIN = Map.of("spring",
      "io/github/shiyu/governance/spring/ShiyuAutoConfiguration.class");

  private static final List<ModuleModel> PLAIN_MODULES = loadPlain();

  private static List<ModuleModel> loadPlain() {
    List<ModuleModel> out = new ArrayList<>();
    PLAIN.forEach((shortName, probe) -> {
      java.net.URL url = ArchitectureTest.class.getClassLoader().getResource(probe);
      if (url == null) {
        return;
      }
      String root = url.toString().substring(0, url.toString().length() - probe.length());
      List<ClassModel> classes = new ArrayList<>();
      Set<String> named = new TreeSet<>();
      Set<String> packages = new TreeSet<>();
      java.util.regex.Pattern ours = java.util.regex.Pattern.compile(
          "io/github/shiyu/governance/([a-z0-9]+)/");
      try {
        List<String> entries = new ArrayList<>();
        java.nio.file.FileSystem zip = null;
        java.nio.file.Path base;
        if (root.startsWith("jar:")) {
          zip = java.nio.file.FileSystems.newFileSystem(java.net.URI.create(
              root.substring(0, root.length() - 2)), Map.of());
          base = zip.getPath("/");
        } else {
          base = java.nio.file.Path.of(java.net.URI.create(root));
        }
        try (var walk = java.nio.file.Files.walk(base)) {
          walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> entries.add(
              base.relativize(p).toString()));
        }
        for (String entry : entries) {
          byte[] bytes = java.nio.file.Files.readAllBytes(base.resolve(entry));
          ClassModel c = read(shortName, bytes);
          classes.add(c);
          packages.add(c.packageName());
          java.util.regex.Matcher m = ours.matcher(new String(bytes,
              java.nio.charset.StandardCharsets.ISO_8859_1));
          while (m.find()) {
            named.add(m.group(1));
          }
        }
        if (zip != null) {
          zip.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ModuleDescriptor.Builder d = ModuleDescriptor.newModule(PREFIX + shortName);
      named.stream().filter(n -> !n.equals(shortName)).forEach(n -> d.requires(PREFIX + n));
      packages.stream().filter(p -> !p.contains(".internal")).forEach(d::exports);
      packages.stream().filter(p -> p.contains(".internal")).forEach(p -> d.packages(Set.of(p)));
      out.add(new ModuleModel(shortName, d.build(), classes));
    });
    return out;
  }

  /** Every published module: those on the module path and those read from class files. */
  private static List<ModuleModel> all() {
    List<ModuleModel> out = new ArrayList<>(MODULES);
    out.addAll(PLAIN_MODULES);
    return out;
  }

  private static List<ModuleModel> load() {
    List<ModuleModel> out = new ArrayList<>();
    for (ResolvedModule m : ModuleLayer.boot().configuration().modules()) {
      String name = m.name();
      if (!name.startsWith(PREFIX) || name.equals(PREFIX + "examples") || name.equals(PREFIX + "spark")) {
        continue;
      }
      List<ClassModel> classes = new ArrayList<>();
      try (ModuleReader reader = m.reference().open()) {
        for (String entry : reader.list().filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class"))
            .toList()) {
          try (InputStream in = reader.open(entry).orElseThrow()) {
            classes.add(read(name.substring(PREFIX.length()), in.readAllBytes()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(new ModuleModel(name.substring(PREFIX.length()), m.reference().descriptor(), classes));
    }
    out.add(spark());
    return out;
  }

  /**
   * governance-spark, an automatic module that needs Spark to load, cannot be on the examples'
   * module path: its class files are read from the test class path (a test dependency), and
   * its descriptor is made from them: it requires the modules whose classes it names, and
   * exports its packages outside {@code .internal}.
   */
  private static ModuleModel spark() {
    String name = PREFIX + "spark";
    List<ClassModel> classes = new ArrayList<>();
    Set<String> requires = new TreeSet<>();
    Set<String> packages = new TreeSet<>();
    java.util.regex.Pattern named = java.util.regex.Pattern.compile("io/github/shiyu/governance/([a-z0-9]+)/");
    String paths = System.getProperty("java.class.path", "") + java.io.File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    for (String entry : paths.split(java.io.File.pathSeparator)) {
      java.nio.file.Path path = java.nio.file.Path.of(entry);
      if (!path.toString().contains("governance-spark") || !java.nio.file.Files.exists(path)) {
        continue;
      }
      try (java.nio.file.FileSystem jar = path.toString().endsWith(".jar")
          ? java.nio.file.FileSystems.newFileSystem(path) : null;
          var files = java.nio.file.Files.walk(jar == null ? path : jar.getPath("/"))) {
        for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
          byte[] bytes = java.nio.file.Files.readAllBytes(f);
          ClassModel c = read("spark", bytes);
          classes.add(c);
          if (!isInternal(c.packageName().replace('.', '/'))) {
            packages.add(c.packageName());
          }
          var m = named.matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
          while (m.find()) {
            if (!m.group(1).equals("spark")) {
              requires.add(PREFIX + m.group(1));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ModuleDescriptor.Builder d = ModuleDescriptor.newModule(name);
    requires.forEach(d::requires);
    packages.forEach(d::exports);
    return new ModuleModel("spark", d.build(), classes);
  }

  /** Reads a class's byte code into the facts the rules need. */
  static ClassModel read(String module, byte[] bytes) {
    List<MemberModel> fields = new ArrayList<>();
    List<MemberModel> methods = new ArrayList<>();
    String[] header = new String[3];
    int[] access = new int[1];
    List<String> interfaces = new ArrayList<>();
    new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public void visit(int version, int acc, String name, String signature, String superName,
          String[] ifaces) {
        header[0] = name.replace('/', '.');
        header[1] = superName;
        header[2] = signature;
        access[0] = acc;
        interfaces.addAll(List.of(ifaces));
      }

      @Override
      public FieldVisitor visitField(int acc, String name, String descriptor, String signature, Object value) {
        fields.add(new MemberModel(name, descriptor, signature, acc, false, Set.of()));
        return null;
      }

      @Override
      public MethodVisitor visitMethod(int acc, String name, String descriptor, String signature,
          String[] exceptions) {
        Set<String> constructed = new TreeSet<>();
        // The method's instructions as opcodes (-1 for a label), and where each jump goes.
        List<Integer> code = new ArrayList<>();
        Map<Integer, org.objectweb.asm.Label> jumps = new java.util.HashMap<>();
        Map<org.objectweb.asm.Label, Integer> labels = new java.util.HashMap<>();
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitInsn(int opcode) {
            code.add(opcode);
          }

          @Override
          public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.NEW) {
              constructed.add(type);
            }
            code.add(opcode);
          }

          @Override
          public void visitVarInsn(int opcode, int var) {
            code.add(opcode);
          }

          @Override
          public void visitFieldInsn(int opcode, String owner, String n, String d) {
            code.add(opcode);
          }

          @Override
          public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
            code.add(opcode);
          }

          @Override
          public void visitJumpInsn(int opcode, org.objectweb.asm.Label label) {
            jumps.put(code.size(), label);
            code.add(opcode);
          }

          @Override
          public void visitLabel(org.objectweb.asm.Label label) {
            labels.put(label, code.size());
            code.add(-1);
          }

          @Override
          public void visitLdcInsn(Object value) {
            code.add(Opcodes.LDC);
          }

          @Override
          public void visitIntInsn(int opcode, int operand) {
            code.add(opcode);
          }

          @Override
          public void visitIincInsn(int var, int increment) {
            code.add(Opcodes.IINC);
          }

          @Override
          public void visitInvokeDynamicInsn(String n, String d, org.objectweb.asm.Handle h, Object... args) {
            code.add(Opcodes.INVOKEDYNAMIC);
          }

          @Override
          public void visitTableSwitchInsn(int min, int max, org.objectweb.asm.Label dflt,
              org.objectweb.asm.Label... targets) {
            code.add(Opcodes.TABLESWITCH);
          }

          @Override
          public void visitLookupSwitchInsn(org.objectweb.asm.Label dflt, int[] keys,
              org.objectweb.asm.Label[] targets) {
            code.add(Opcodes.LOOKUPSWITCH);
          }

          @Override
          public void visitMultiANewArrayInsn(String d, int dims) {
            code.add(Opcodes.MULTIANEWARRAY);
          }

          /** Whether a null constant reaches an ARETURN: directly, past a cast, or by a goto. */
          private boolean returnsNull() {
            for (int i = 0; i < code.size(); i++) {
              if (code.get(i) == Opcodes.ACONST_NULL && reachesReturn(i + 1, 0)) {
                return true;
              }
            }
            return false;
          }

          private boolean reachesReturn(int at, int hops) {
            int i = at;
            while (i < code.size() && (code.get(i) == -1 || code.get(i) == Opcodes.CHECKCAST)) {
              i++;
            }
            if (i >= code.size()) {
              return false;
            }
            if (code.get(i) == Opcodes.ARETURN) {
              return true;
            }
            return code.get(i) == Opcodes.GOTO && hops < 4 && reachesReturn(labels.get(jumps.get(i)), hops + 1);
          }

          @Override
          public void visitEnd() {
            methods.add(new MemberModel(name, descriptor, signature, acc, returnsNull(), Set.copyOf(constructed)));
          }
        };
      }
    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return new ClassModel(module, header[0], access[0], header[1], List.copyOf(interfaces), header[2],
        List.copyOf(fields), List.copyOf(methods));
  }

  // ---- the rules, each a function from classes to violations, so that it can be shown to fail

  static List<String> dependencyDirections(List<ModuleModel> modules) {
    List<String> out = new ArrayList<>();
    for (ModuleModel m : modules) {
      Set<String> allowed = ALLOWED.get(m.shortName());
      if (allowed == null) {
        out.add(m.shortName() + ": a module the architecture rules do not know (add it to ALLOWED)");
        continue;
      }
      for (ModuleDescriptor.Requires r : m.descriptor().requires()) {
        if (r.name().startsWith(PREFIX) && !allowed.contains(r.name().substring(PREFIX.length()))) {
          out.add(m.shortName() + " requires " + r.name() + "; allowed: " + new TreeSet<>(allowed));
        }
      }
    }
    return out;
  }

  static List<String> internalStaysInternal(ModuleModel m) {
    List<String> out = new ArrayList<>();
    for (String p : m.exported()) {
      if (isInternal(p.replace('.', '/'))) {
        out.add(m.shortName() + " exports " + p);
      }
    }
    for (ClassModel c : m.api()) {
      if (isInternal(c.superName()) || c.interfaces().stream().anyMatch(ArchitectureTest::isInternal)) {
        out.add(c.name() + " extends or implements an internal type");
      }
      for (MemberModel f : c.fields()) {
        if (f.isApi() && mentionsInternal(f)) {
          out.add(c.name() + "." + f.name() + " has an internal type");
        }
      }
      for (MemberModel meth : c.methods()) {
        if (meth.isApi() && mentionsInternal(meth)) {
          out.add(c.name() + "." + meth.name() + meth.descriptor() + " shows an internal type");
        }
      }
    }
    return out;
  }

  static List<String> noNullReturns(List<ClassModel> api) {
    List<String> out = new ArrayList<>();
    for (ClassModel c : api) {
      for (MemberModel meth : c.methods()) {
        if (meth.isApi() && meth.returnsNull()) {
          out.add(c.name() + "." + meth.name() + meth.descriptor() + " returns null");
        }
      }
    }
    return out;
  }

  static List<String> noOptionalParametersOrComponents(List<ClassModel> api) {
    String optional = Type.getDescriptor(Optional.class);
    List<String> out = new ArrayList<>();
    for (ClassModel c : api) {
      for (MemberModel meth : c.methods()) {
        if (meth.isApi()) {
          if (List.of(Type.getArgumentTypes(meth.descriptor())).stream()
              .anyMatch(arg -> arg.getDescriptor().equals(optional))) {
            out.add(c.name() + "." + meth.name() + meth.descriptor() + " takes an Optional");
          }
        }
      }
      for (MemberModel f : c.fields()) {
        boolean component = c.isRecord() && (f.access() & Opcodes.ACC_STATIC) == 0;
        if ((component || f.isApi()) && f.descriptor().equals(optional)) {
          out.add(c.name() + "." + f.name() + " is an Optional " + (component ? "component" : "field"));
        }
      }
    }
    return out;
  }

  static List<String> oneExceptionRule(List<ClassModel> api) {
    List<String> out = new ArrayList<>();
    for (ClassModel c : api) {
      for (MemberModel meth : c.methods()) {
        for (String type : meth.constructed()) {
          if (type.equals("java/lang/IllegalArgumentException") || type.equals("java/lang/IllegalStateException")) {
            out.add(c.name() + "." + meth.name() + " throws " + type.substring(type.lastIndexOf('/') + 1));
          }
        }
      }
    }
    return out;
  }

  static List<String> noGetters(List<ClassModel> api, ClassLoader loader) {
    List<String> out = new ArrayList<>();
    for (ClassModel c : api) {
      for (MemberModel meth : c.methods()) {
        if (meth.isApi() && meth.name().matches("get[A-Z].*")
            && !overridesForeign(loader, c, meth)) {
          out.add(c.name() + "." + meth.name() + " is get-prefixed");
        }
      }
    }
    return out;
  }

  /** Whether a method implements one of a supertype outside the project (Jackson's, the JDK's). */
  private static boolean overridesForeign(ClassLoader loader, ClassModel c, MemberModel meth) {
    Class<?> type;
    try {
      type = Class.forName(c.name(), false, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("cannot load " + c.name(), e);
    }
    Class<?>[] params = null;
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(meth.name()) && Type.getMethodDescriptor(m).equals(meth.descriptor())) {
        params = m.getParameterTypes();
      }
    }
    if (params == null) {
      return false;
    }
    List<Class<?>> supertypes = new ArrayList<>();
    for (Class<?> s = type.getSuperclass(); s != null; s = s.getSuperclass()) {
      supertypes.add(s);
    }
    collectInterfaces(type, supertypes);
    for (Class<?> s : supertypes) {
      if (s.getName().startsWith(PREFIX)) {
        continue;
      }
      try {
        s.getDeclaredMethod(meth.name(), params);
        return true;
      } catch (NoSuchMethodException e) {
        // not this one
      }
    }
    return false;
  }

  private static void collectInterfaces(Class<?> type, List<Class<?>> into) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      for (Class<?> i : t.getInterfaces()) {
        into.add(i);
        collectInterfaces(i, into);
      }
    }
  }

  private static boolean isInternal(String internalName) {
    return internalName != null && internalName.startsWith("io/github/shiyu/governance/")
        && (internalName.contains("/internal/") || internalName.endsWith("/internal"));
  }

  private static boolean mentionsInternal(MemberModel member) {
    String text = member.descriptor() + (member.signature() == null ? "" : member.signature());
    int i = text.indexOf("Lio/github/shiyu/governance/");
    while (i >= 0) {
      int end = text.indexOf(';', i);
      int generic = text.indexOf('<', i);
      if (generic >= 0 && generic < end) {
        end = generic;
      }
      if (isInternal(text.substring(i + 1, end))) {
        return true;
      }
      i = text.indexOf("Lio/github/shiyu/governance/", end);
    }
    return false;
  }

  private static List<ClassModel> api() {
    return MODULES.stream().flatMap(m -> m.api().stream()).toList();
  }

  /** The API of every published module, the plain ones too (the rules read byte code only). */
  private static List<ClassModel> allApi() {
    return all().stream().flatMap(m -> m.api().stream()).toList();
  }

  private static Map<String, List<String>> byModule(List<String> violations) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String v : violations) {
      out.computeIfAbsent(v.replaceFirst("^io\\.github\\.shiyu\\.governance\\.([a-z0-9]+).*", "$1"),
          k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  // ---- the rules applied to the published modules

  @Test
  void everyPublishedModuleIsOnTheModulePath() {
    assertThat(MODULES).extracting(ModuleModel::shortName)
        .contains("core", "jackson", "jackson3", "validation", "cases", "grid", "metrics", "jdbc",
            "people", "spark");
    assertThat(MODULES).allSatisfy(m -> assertThat(m.classes()).as(m.shortName()).isNotEmpty());
    assertThat(PLAIN_MODULES).extracting(ModuleModel::shortName)
        .containsExactlyInAnyOrderElementsOf(PLAIN.keySet());
    assertThat(PLAIN_MODULES).allSatisfy(m -> assertThat(m.classes()).as(m.shortName())
        .isNotEmpty());
  }

  @Test
  void modulesDependOneWay() {
    assertThat(dependencyDirections(all())).isEmpty();
  }

  @Test
  void nothingInternalIsExportedOrShown() {
    List<String> all = all().stream().flatMap(m -> internalStaysInternal(m).stream()).toList();
    assertThat(all).isEmpty();
  }

  @Test
  void exportedApiReturnsNoNull() {
    assertThat(byModule(noNullReturns(allApi()))).isEmpty();
  }

  @Test
  void exportedApiTakesNoOptional() {
    assertThat(byModule(noOptionalParametersOrComponents(allApi()))).isEmpty();
  }

  @Test
  void exportedPackagesThrowOnlyGovernanceExceptions() {
    assertThat(byModule(oneExceptionRule(allApi()))).isEmpty();
  }

  @Test
  void exportedApiHasNoGetPrefixedMethods() {
    // Reflection answers what overrides what; governance-spark's classes need Spark to load.
    assertThat(byModule(noGetters(api().stream().filter(c -> !c.module().equals("spark")).toList(),
        ArchitectureTest.class.getClassLoader()))).isEmpty();
    // Spring's binder needs JavaBean accessors on the properties class: its only exception.
    List<ClassModel> plain = PLAIN_MODULES.stream().flatMap(m -> m.api().stream())
        .filter(c -> !c.name().startsWith(PREFIX + "spring.ShiyuProperties")).toList();
    assertThat(noGetters(plain, ArchitectureTest.class.getClassLoader())).isEmpty();
  }

  // ---- each rule fails on a deliberately wrong class

  /** A public API type that breaks every rule a class can break. */
  public static final class Wrong {
    /** An Optional field in API. */
    public Optional<String> label = Optional.empty();

    /** Takes an Optional. */
    public static String of(Optional<String> value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException("empty");
      }
      return value.get();
    }

    /** Returns null. */
    public String find(String key) {
      return key.isEmpty() ? null : key;
    }

    /** A getter. */
    public String getLabel() {
      return label.orElse("");
    }

    /** A getter that implements a foreign interface is fine. */
    @Override
    public String toString() {
      return "Wrong";
    }
  }

  /** A record with an Optional component. */
  public record WrongRecord(Optional<String> name) {}

  /** Fine: overrides a JDK method named like a getter. */
  public static final class ForeignGetter extends java.time.Clock {
    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.EPOCH;
    }
  }

  private static ClassModel fixture(Class<?> type) {
    try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
      return read("examples", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRulesCatchADeliberatelyWrongClass() {
    List<ClassModel> wrong = List.of(fixture(Wrong.class), fixture(WrongRecord.class), fixture(ForeignGetter.class));
    assertThat(noNullReturns(wrong)).singleElement().asString().contains("Wrong.find");
    assertThat(noOptionalParametersOrComponents(wrong)).hasSize(4)
        .anyMatch(v -> v.contains("Wrong.of")).anyMatch(v -> v.contains("Wrong.label"))
        .anyMatch(v -> v.contains("WrongRecord.<init>"))
        .anyMatch(v -> v.contains("WrongRecord.name is an Optional component"));
    assertThat(oneExceptionRule(wrong)).singleElement().asString().contains("Wrong.of throws IllegalArgumentException");
    assertThat(noGetters(wrong, ArchitectureTest.class.getClassLoader())).singleElement().asString()
        .contains("Wrong.getLabel");
    ModuleDescriptor leaky = ModuleDescriptor.newModule(PREFIX + "cases")
        .requires(PREFIX + "grid").exports(PREFIX + "cases.internal").build();
    ModuleModel cases = new ModuleModel("cases", leaky, List.of());
    assertThat(dependencyDirections(List.of(cases))).singleElement().asString()
        .contains("cases requires io.github.shiyu.governance.grid");
    assertThat(internalStaysInternal(cases)).singleElement().asString().contains("exports");
    assertThat(dependencyDirections(List.of(new ModuleModel("surprise",
        ModuleDescriptor.newModule(PREFIX + "surprise").build(), List.of())))).singleElement().asString()
        .contains("do not know");
  }

  @Test
  void anInternalTypeInAnExportedSignatureIsCaught() {
    MemberModel leak = new MemberModel("table", "()Lio/github/shiyu/governance/metrics/internal/Columns;", null,
        Opcodes.ACC_PUBLIC, false, Set.of());
    ClassModel c = new ClassModel("metrics", PREFIX + "metrics.Leak", Opcodes.ACC_PUBLIC, "java/lang/Object",
        List.of(), null, List.of(), List.of(leak));
    ModuleModel m = new ModuleModel("metrics", ModuleDescriptor.newModule(PREFIX + "metrics")
        .exports(PREFIX + "metrics").build(), List.of(c));
    assertThat(internalStaysInternal(m)).singleElement().asString().contains("Leak.table");
  }
}
