"""Which expressions are provably tensors: the guard that keeps method rewrites off user classes.

`x.size(1)` is rewritten only when `x` is known to be a tensor: a `forward` parameter of an
nn.Module, a parameter annotated `Tensor`, or a name assigned from a torch call, a submodule call
in `forward`, or arithmetic/indexing/tensor-method results of those. A name that is ever assigned
a value that is clearly not a tensor (a literal, a user class instance) is never a tensor, except
where a later assignment of a tensor reaches it in straight-line code: after `g = []`, a loop
appending to it and `g = torch.cat(g, 1)`, the statements that follow in the same block read a
tensor until one of them binds `g` again.
"""
from __future__ import annotations

import ast
from typing import Callable

# Tensor methods whose result is not a tensor (so `x.size(0).foo` is not a tensor method call).
NON_TENSOR_RESULTS = frozenset(
    "size dim ndimension numel nelement item tolist numpy data_ptr is_contiguous element_size "
    "chunk split unbind storage stride get_device".split()
)
# nn.Module methods that return the module itself.
MODULE_RETURNING_METHODS = frozenset("to cuda cpu eval train float half double requires_grad_ apply".split())
# nn.Module methods no tensor, list or dict has: a name they are called on holds a module.
MODULE_ONLY_METHODS = frozenset(
    "eval train parameters named_parameters buffers named_buffers modules named_modules children "
    "named_children register_buffer register_forward_hook register_parameter register_module add_module "
    "get_submodule get_parameter get_buffer register_forward_pre_hook register_full_backward_hook".split()
)
# In-place tensor methods no list, dict, string, numpy array or module has: a name they are called
# on holds a tensor (`def trunc_normal_(tensor, ...)`: `tensor.uniform_(...)`, `tensor.clamp_(min=a)`).
TENSOR_ONLY_METHODS = frozenset(
    "uniform_ normal_ erfinv_ bernoulli_ exponential_ log_normal_ cauchy_ geometric_ random_ "
    "masked_fill_ masked_scatter_ index_fill_ index_copy_ index_add_ scatter_ scatter_add_ clamp_ clip_".split()
)
# Where a torch function's result is a tensor: torch's own functions, nn.functional, init, linalg,
# fft, special, torchvision's tensor ops. Elsewhere (torch.cuda, torch.utils, torch.optim,
# torchvision.models, ...) a function returns something else: a module, a loader, a number.
TENSOR_FUNCTION_NAMESPACES = frozenset({
    "torch", "torch.nn.functional", "torch.nn.init", "torch.linalg", "torch.fft", "torch.special",
    "torchvision.ops", "torchvision.transforms.functional", "torchvision.transforms.v2.functional",
    "torch.utils.checkpoint", "torch.nn.utils", "torch.nn.utils.rnn",
})
# Functions of those namespaces whose result is not a tensor: a checkpoint (often a dict), a bool,
# a number, a dtype, a device, a context manager, a tuple of tensors.
NON_TENSOR_FUNCTIONS = frozenset(
    "load save is_tensor is_storage is_floating_point is_complex is_nonzero is_grad_enabled is_inference_mode_enabled "
    "numel typename get_default_dtype set_default_dtype set_default_device get_default_device manual_seed seed "
    "initial_seed get_rng_state set_rng_state device no_grad enable_grad set_grad_enabled inference_mode compile "
    "split chunk unbind tensor_split hsplit vsplit dsplit meshgrid broadcast_tensors broadcast_shapes result_type "
    "promote_types can_cast equal allclose set_printoptions use_deterministic_algorithms set_num_threads "
    "get_num_threads set_float32_matmul_precision get_float32_matmul_precision finfo iinfo autocast "
    "calculate_gain _calculate_fan_in_and_fan_out weight_norm spectral_norm remove_weight_norm "
    "remove_spectral_norm clip_grad_value_ vector_to_parameters pack_padded_sequence pack_sequence pad_packed_sequence "
    "unpack_sequence unpad_sequence fuse_conv_bn_eval fuse_linear_bn_eval fuse_conv_bn_weights fuse_linear_bn_weights "
    "skip_init clip_grads_with_norm_ convert_conv2d_weight_memory_format convert_conv3d_weight_memory_format".split()
)
# nn.Module methods returning one parameter or buffer.
MODULE_TENSOR_GETTERS = frozenset({"get_parameter", "get_buffer"})
# Functions and tensor methods returning a tuple or list of tensors.
TENSOR_SEQUENCE_FUNCTIONS = frozenset(
    "split chunk unbind tensor_split hsplit vsplit dsplit meshgrid broadcast_tensors split_with_sizes "
    "pad_packed_sequence unpack_sequence unpad_sequence fuse_conv_bn_weights fuse_linear_bn_weights".split()
)
# Fields of torch.return_types results (`torch.linalg.svd(a).Vh`, `x.max(1).indices`).
RETURN_TYPE_FIELDS = frozenset(
    "values indices Q R U S V Vh L LD LU P eigenvalues eigenvectors logabsdet sign solution residuals rank "
    "singular_values mantissa exponent inverse counts pivots info".split()
)
PARAMETER_ITERATORS = frozenset({"parameters", "buffers"})
NAMED_PARAMETER_ITERATORS = frozenset({"named_parameters", "named_buffers"})
TENSOR_ATTRIBUTES = frozenset("T mT H data grad real imag".split())


class FunctionTypes:
    """Tensor-ness of the names in one function body (flow-insensitive, to a fixpoint)."""

    def __init__(
        self,
        func: ast.AST,
        resolve: Callable[[ast.AST], str | None],
        is_module_class_name: Callable[[str], bool],
        in_module_forward: bool,
        tensor_params: frozenset = frozenset(),
        tensor_attributes: frozenset = frozenset(),
        class_methods: frozenset = frozenset(),
        tensor_functions: frozenset = frozenset(),
    ):
        self.resolve = resolve
        self.func = func
        self.is_module_class_name = is_module_class_name
        self.in_module_forward = in_module_forward
        self.tensors: set[str] = set()
        self.never: set[str] = set()  # names some assignment binds to what is clearly no tensor
        self.non_tensors: set[str] = set()  # names every binding of which is clearly no tensor
        self.tensor_reads: set[int] = set()  # id() of Name reads a tensor assignment reaches
        self.modules: set[str] = set()  # names holding nn.Module instances
        self.evidenced_modules: set[str] = set()  # modules known by their module-only method calls
        self.tensors |= tensor_params  # parameters its callers pass provable tensors to
        self.tensor_attributes = tensor_attributes  # `self.<name>` registered as a buffer or parameter
        self.class_methods = class_methods  # names of the methods the file's classes define
        self.tensor_functions = tensor_functions  # the file's functions that always return a tensor
        self._infer(func)

    # -- seeds and fixpoint -----------------------------------------------------------------
    def _infer(self, func: ast.AST) -> None:
        args = getattr(func, "args", None)  # None for a module body
        params = (args.posonlyargs + args.args + args.kwonlyargs) if args else []
        for i, a in enumerate(params):
            ann = a.annotation
            if ann is not None and ((self.resolve(ann) or "").endswith("Tensor") or _is_jittor_var(ann)):
                self.tensors.add(a.arg)
            elif ann is not None and is_module_class(self.resolve(ann) or ""):
                self.modules.add(a.arg)  # `model: nn.Module`
            elif self.in_module_forward and i > 0 and ann is None:
                self.tensors.add(a.arg)  # forward(self, x): x is the input tensor
        if self.in_module_forward and params:
            self.modules.add(params[0].arg)  # self
        assigns: list[tuple[str, ast.AST]] = []
        unpacks: list[tuple[list[str], ast.AST]] = []  # `q, r = torch.linalg.qr(a)`
        evidenced_tensors: set[tuple[str, str]] = set()
        for node in _walk_function_body(func):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        assigns.append((t.id, node.value))
                    elif isinstance(t, (ast.Tuple, ast.List)) and _parallel(t, node.value):
                        # `a, b = torch.round(a), Box()`: each name gets its own value
                        assigns.extend((n.id, v) for n, v in zip(t.elts, node.value.elts) if isinstance(n, ast.Name))
                        unpacks.extend((_unpacked_names(n), v) for n, v in zip(t.elts, node.value.elts)
                                       if isinstance(n, (ast.Tuple, ast.List)))
                    elif isinstance(t, (ast.Tuple, ast.List)):
                        unpacks.append((_unpacked_names(t), node.value))
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name):
                if node.value is not None:
                    value = node.value if isinstance(node, ast.AnnAssign) else ast.BinOp(node.target, node.op, node.value)
                    assigns.append((node.target.id, value))
            elif isinstance(node, ast.NamedExpr):
                assigns.append((node.target.id, node.value))
            elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
                self._seed_parameter_loop(node.target, node.iter)
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in MODULE_ONLY_METHODS and isinstance(node.func.value, ast.Name)):
                # `model.eval()`, `net.parameters()`: a module, even when passed in as an argument
                self.modules.add(node.func.value.id)
                self.evidenced_modules.add(node.func.value.id)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in TENSOR_ONLY_METHODS and isinstance(node.func.value, ast.Name)):
                evidenced_tensors.add((node.func.value.id, node.func.attr))
        # A method the file's own classes define is no evidence: the object may be one of theirs.
        self.tensors |= {name for name, method in evidenced_tensors if method not in self.class_methods}
        never = self.never = {name for name, value in assigns if _clearly_not_tensor(value, self)}
        self.non_tensors = self._only_non_tensors(func, params, never)
        # `n = <value>` statements of those names, by (block, index): where a tensor may be assigned
        pending = [(block, i) for block in (_blocks(func) if never else ()) for i, stmt in enumerate(block)
                   if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                   and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id in never]
        changed = True
        while changed:
            changed = self._reached_reads(pending)
            for name, value in assigns:
                if name not in never and name not in self.tensors and self.is_tensor(value):
                    self.tensors.add(name)
                    changed = True
                if name not in self.modules and self.is_module(value):
                    self.modules.add(name)
                    changed = True
            for names, value in unpacks:
                new = [n for n in names if n not in never and n not in self.tensors]
                if new and self._gives_tensors(value):
                    self.tensors.update(new)
                    changed = True
        self.tensors -= never

    def _only_non_tensors(self, func: ast.AST, params: list, never: set[str]) -> set[str]:
        """Of `never`, the names bound nowhere else: not parameters, not global, and every `name = ...`
        a literal or a user class instance (`p = Point(1, 2)` ... `p.max(1)` is Point's max)."""
        if not never:
            return set()
        found = never - {a.arg for a in params}
        values = {}  # id of a Name bound by `name = value` (or in `a, b = x, y`) -> the value
        for node in _walk_function_body(func):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) and node.id in found:
                value = values.get(id(node))
                if value is None or not _clearly_not_tensor(value, self):
                    found.discard(node.id)
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                found.difference_update(node.names)
            elif isinstance(node, ast.alias):
                found.discard(node.asname or node.name.split(".")[0])
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler)):
                found.discard(node.name)
            elif isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        values[id(t)] = node.value
                    elif isinstance(t, (ast.Tuple, ast.List)) and _parallel(t, node.value):
                        values.update((id(n), v) for n, v in zip(t.elts, node.value.elts))
        return found

    def _reached_reads(self, pending: list) -> bool:
        """Adds the reads an assignment of a tensor reaches in straight-line code: `n = <tensor>`
        then, in the same block, the statements up to the next one binding n (its value too when
        it is a plain assignment, evaluated before the binding). `pending`: the (block, index) of
        assignments of names otherwise never tensors, not yet found to assign one; True if a read
        was added."""
        before = len(self.tensor_reads)
        waiting = []
        for block, i in pending:
            stmt = block[i]
            if not self.is_tensor(stmt.value):
                waiting.append((block, i))
                continue
            name = stmt.targets[0].id
            for later in block[i + 1:]:
                if _binds(later, name):
                    if isinstance(later, ast.Assign):
                        self.tensor_reads.update(_reads(later.value, name))
                    break
                self.tensor_reads.update(_reads(later, name))
        pending[:] = waiting
        return len(self.tensor_reads) > before

    def _gives_tensors(self, value: ast.AST) -> bool:
        """A call whose result, unpacked, is tensors: a torch function or tensor method returning a
        tuple of them (`torch.sort`, `x.max(1)`, `torch.linalg.eigh`, `x.chunk(2)`) or a submodule
        applied to a tensor (`out, (h, c) = self.lstm(x)`)."""
        if not isinstance(value, ast.Call):
            return False
        if self.is_tensor(value):
            return True
        q = self.resolve(value.func)
        if q:
            return q.rpartition(".")[2] in TENSOR_SEQUENCE_FUNCTIONS and q.rpartition(".")[0] in TENSOR_FUNCTION_NAMESPACES
        func = value.func
        return isinstance(func, ast.Attribute) and func.attr in TENSOR_SEQUENCE_FUNCTIONS and self.is_tensor(func.value)

    def _seed_parameter_loop(self, target: ast.AST, iterable: ast.AST) -> None:
        """`for p in model.parameters()`, `for name, b in m.named_buffers()`: p and b are tensors."""
        if not (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute)):
            return
        method = iterable.func.attr
        if method in PARAMETER_ITERATORS and isinstance(target, ast.Name):
            self.tensors.add(target.id)
        elif (method in NAMED_PARAMETER_ITERATORS and isinstance(target, ast.Tuple) and len(target.elts) == 2
              and isinstance(target.elts[1], ast.Name)):
            self.tensors.add(target.elts[1].id)

    # -- queries ----------------------------------------------------------------------------
    def is_tensor(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.tensors or id(node) in self.tensor_reads
        if isinstance(node, ast.Call):
            if _is_first_parameter(node):
                return True
            q = self.resolve(node.func)
            if q:
                return returns_tensor(q)  # torch.cat(...) yes, nn.Conv2d(...) and torch.load(...) no
            func = node.func
            if isinstance(func, ast.Name) and func.id in self.tensor_functions:
                return True
            if isinstance(func, ast.Attribute):
                if self.is_tensor(func.value):
                    return func.attr not in NON_TENSOR_RESULTS
                if func.attr in MODULE_TENSOR_GETTERS:
                    return True  # model.get_parameter("fc.weight")
            # self.conv1(x) in forward, or layer(x): a module applied to a tensor; `model(images)`
            # where model.eval()/model.parameters() shows it is a module, whatever images is
            if isinstance(func, (ast.Name, ast.Attribute)) and self.is_module(func):
                if isinstance(func, ast.Name) and func.id in self.evidenced_modules and node.args:
                    return True
                return any(self.is_tensor(a) for a in node.args)
            return False
        if isinstance(node, ast.BinOp):
            return self.is_tensor(node.left) or self.is_tensor(node.right)
        if isinstance(node, ast.UnaryOp):
            return not isinstance(node.op, ast.Not) and self.is_tensor(node.operand)
        if isinstance(node, ast.Compare):  # `x > 0` is a bool tensor; `x is None` is not
            return (len(node.ops) == 1 and not isinstance(node.ops[0], (ast.Is, ast.IsNot, ast.In, ast.NotIn))
                    and (self.is_tensor(node.left) or self.is_tensor(node.comparators[0])))
        if isinstance(node, ast.Subscript):
            return self.is_tensor(node.value)
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self" and node.attr in self.tensor_attributes:
                return True
            if node.attr == "saved_tensors":  # an autograd Function's ctx.saved_tensors[i]
                return True
            if node.attr in RETURN_TYPE_FIELDS and isinstance(node.value, (ast.Call, ast.Name)):
                return self.is_tensor(node.value)  # `torch.linalg.qr(a).Q`, `r.Vh` with r = svd(...)
            return node.attr in TENSOR_ATTRIBUTES and self.is_tensor(node.value)
        if isinstance(node, ast.IfExp):
            return self.is_tensor(node.body) and self.is_tensor(node.orelse)
        return False

    def is_module(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.modules
        if isinstance(node, ast.Call):
            q = self.resolve(node.func)
            if q:
                # nn.Conv2d(...), torchvision.models.resnet18(...)
                return is_module_class(q) or q.startswith("torchvision.models.")
            if isinstance(node.func, ast.Name):
                return self.is_module_class_name(node.func.id)
            if isinstance(node.func, ast.Attribute) and node.func.attr in MODULE_RETURNING_METHODS:
                return self.is_module(node.func.value)  # Net().to(device), model.eval()
            if isinstance(node.func, ast.Attribute) and node.func.attr == "get_submodule":
                return True
            return False
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            # self.features: an attribute of a module inside forward is (almost always) a submodule
            return self.in_module_forward and node.value.id in self.modules and not node.attr.startswith("_")
        return False


def _is_jittor_var(annotation: ast.AST) -> bool:
    """`x: jt.Var`, as a conversion writes `x: torch.Tensor` (a second conversion reads it)."""
    return (isinstance(annotation, ast.Attribute) and annotation.attr == "Var"
            and isinstance(annotation.value, ast.Name) and annotation.value.id in ("jt", "jittor"))


def _parallel(target: ast.AST, value: ast.AST) -> bool:
    """`a, b = x, y`: a tuple or list of values, one per target, none starred."""
    return (isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts)
            and not any(isinstance(e, ast.Starred) for e in value.elts + target.elts))


def _unpacked_names(target: ast.AST) -> list[str]:
    """Names bound by a tuple/list target, nested ones included (`out, (h, c) = ...`)."""
    names = []
    for elt in target.elts:
        if isinstance(elt, ast.Name):
            names.append(elt.id)
        elif isinstance(elt, (ast.Tuple, ast.List)):
            names.extend(_unpacked_names(elt))
    return names


def _is_first_parameter(call: ast.Call) -> bool:
    """`next(model.parameters())`, `next(iter(m.buffers()))`: a parameter, a tensor."""
    if not (isinstance(call.func, ast.Name) and call.func.id == "next" and call.args):
        return False
    arg = call.args[0]
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "iter" and arg.args:
        arg = arg.args[0]
    return (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
            and arg.func.attr in PARAMETER_ITERATORS)


# Classes whose instances are tensors: `torch.Tensor(2, 3)`, `Variable(x)`, `nn.Parameter(w)`.
TENSOR_CLASSES = frozenset(
    ["torch.Tensor", "torch.autograd.Variable", "torch.autograd.variable.Variable", "torch.nn.Parameter",
     "torch.nn.parameter.Parameter"]
    + [f"{ns}.{kind}Tensor" for ns in ("torch", "torch.cuda")
       for kind in "Float Double Half BFloat16 Byte Char Short Int Long Bool".split()])


def returns_tensor(qualname: str) -> bool:
    if qualname in TENSOR_CLASSES:
        return True
    namespace, _, name = qualname.rpartition(".")
    return (namespace in TENSOR_FUNCTION_NAMESPACES and name not in NON_TENSOR_FUNCTIONS
            and not _is_class_name(qualname))


# TorchScript's module base: a plain nn.Module once scripting is gone
SCRIPT_MODULE_CLASSES = frozenset({"torch.jit.ScriptModule"})


def is_module_class(qualname: str) -> bool:
    """Whether a torch name is an nn.Module class (a layer, Module itself, TorchScript's base)."""
    return (qualname.startswith("torch.nn.") and _is_class_name(qualname)) or qualname in SCRIPT_MODULE_CLASSES


def _is_class_name(qualname: str) -> bool:
    last = qualname.rsplit(".", 1)[-1]
    return last[:1].isupper()


def _clearly_not_tensor(value: ast.AST, types: FunctionTypes) -> bool:
    if isinstance(value, (ast.Constant, ast.List, ast.Dict, ast.Set, ast.Tuple, ast.ListComp,
                          ast.DictComp, ast.SetComp, ast.JoinedStr, ast.Lambda)):
        return True
    if isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute)):
        last = value.func.id if isinstance(value.func, ast.Name) else value.func.attr
        if types.resolve(value.func) is None and last[:1].isupper():
            return True  # Box(), types.SimpleNamespace(...): an instance of some class not torch's
    if isinstance(value, (ast.Name, ast.Attribute)) and types.resolve(value):
        return True  # G = torch.nn.functional, act = nn.ReLU: a torch module, class or function
    return False


_NESTED_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _blocks(func: ast.AST) -> list[list[ast.stmt]]:
    """The statement lists of a function body, nested blocks included (not nested functions)."""
    blocks, stack = [], [func.body]
    while stack:
        block = stack.pop()
        blocks.append(block)
        for stmt in block:
            if isinstance(stmt, _NESTED_SCOPES):
                continue
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(stmt, field, None)
                if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                    stack.append(inner)
            for part in getattr(stmt, "handlers", []) + getattr(stmt, "cases", []):
                stack.append(part.body)
    return blocks


def _scope_nodes(node: ast.AST):
    """`node` and what it holds; a nested function, lambda or class itself, not its inside."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if n is node or not isinstance(n, _NESTED_SCOPES):
            stack.extend(ast.iter_child_nodes(n))


def _binds(stmt: ast.AST, name: str) -> bool:
    """Whether running `stmt` may bind `name` (an assignment, a loop or `with` target, an import,
    a def or class of that name)."""
    if isinstance(stmt, _NESTED_SCOPES):
        return getattr(stmt, "name", None) == name
    for n in _scope_nodes(stmt):
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            return True
        if isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names:
            return True
        if isinstance(n, ast.alias) and (n.asname or n.name.split(".")[0]) == name:
            return True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler, ast.MatchAs,
                          ast.MatchStar)) and n.name == name:
            return True
        if isinstance(n, ast.MatchMapping) and n.rest == name:
            return True
    return False


def _reads(node: ast.AST, name: str) -> set[int]:
    if isinstance(node, _NESTED_SCOPES):
        return set()  # a def's body runs later, when the name may hold anything
    return {id(n) for n in _scope_nodes(node) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)}


def _walk_function_body(func: ast.AST) -> list:
    """Nodes of a function body, not descending into nested functions, lambdas or classes (kept on
    the node: a file's analysis asks for each function's body many times)."""
    nodes = getattr(func, "_t2j_body_nodes", None)
    if nodes is None:
        nodes = []
        stack = list(reversed(func.body))
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack.extend(child for child in ast.iter_child_nodes(node)
                         if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)))
        func._t2j_body_nodes = nodes
    return nodes


def tensor_parameters(tree: ast.Module, types_of) -> dict[str, frozenset]:
    """Parameters of the file's module-level functions that receive a provable tensor.

    `def hard_mish(x, inplace=False): return 0.5 * x * (x + 2).clamp(min=0, max=2)` called as
    `hard_mish(x, self.inplace)` from a module's forward: `x` is a tensor there. Callers are the
    module classes' methods and the functions themselves (two rounds reach helpers of helpers).
    `types_of(function_node, seeds)` gives a caller's FunctionTypes.
    """
    functions = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    if not functions:
        return {}
    methods = [m for c in tree.body if isinstance(c, ast.ClassDef) for m in c.body
               if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
    found: dict[str, set[str]] = {}
    for _ in range(2):
        for caller in methods + list(functions.values()):
            calls = [n for n in _walk_function_body(caller)
                     if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in functions
                     and n.func.id != caller.name]
            if not calls:
                continue
            is_function = functions.get(caller.name) is caller
            types = types_of(caller, frozenset(found.get(caller.name, ())) if is_function else frozenset())
            if types is None:
                continue
            for call in calls:
                callee = functions[call.func.id].args
                params = callee.posonlyargs + callee.args
                for param, arg in zip(params, call.args):
                    if not isinstance(arg, ast.Starred) and types.is_tensor(arg):
                        found.setdefault(call.func.id, set()).add(param.arg)
                for kw in call.keywords:
                    if kw.arg and any(p.arg == kw.arg for p in params + callee.kwonlyargs) and types.is_tensor(kw.value):
                        found.setdefault(call.func.id, set()).add(kw.arg)
    return {name: frozenset(params) for name, params in found.items()}


def tensor_returning_functions(tree: ast.Module, types_of, tensor_params: dict[str, frozenset]) -> frozenset:
    """The file's module-level functions every `return` of which gives a provable tensor.

    `def make_features(x): return torch.cat([...], 1)`: `x = make_features(r)` holds a tensor, so
    `f(x)` passes one and `x.mm(W)` in `f` is a tensor method. A function that may return anything
    else (`None`, a tuple, a value of unknown kind), or that never returns, is not one.
    `types_of(function_node, seeds)` gives a function's FunctionTypes.
    """
    functions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    found: set[str] = set()
    for function in functions:
        returns = [n for n in _walk_function_body(function) if isinstance(n, ast.Return)]
        if not returns or any(r.value is None for r in returns):
            continue
        if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _walk_function_body(function)):
            continue
        types = types_of(function, tensor_params.get(function.name, frozenset()))
        if types is not None and all(types.is_tensor(r.value) for r in returns):
            found.add(function.name)
    return frozenset(found)


def registered_tensor_attributes(tree: ast.Module, is_parameter_class) -> frozenset:
    """Attribute names the file's classes register as tensors: `self.register_buffer("name", ...)`,
    `self.register_parameter("name", ...)`, `self.name = nn.Parameter(...)`. `self.name` holds a
    tensor in those classes' methods (`self.relative_position_index.copy_(...)`)."""
    names = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("register_buffer", "register_parameter")
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names.add(node.args[0].value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "register_module_buffer" and len(node.args) > 1
              and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            names.add(node.args[1].value)  # the same, converted already (a second conversion)
        elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and is_parameter_class(node.value.func)):
            names.update(t.attr for t in node.targets
                         if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self")
    return frozenset(names)
