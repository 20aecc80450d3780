"""`.data` and in-place writes through indexing: PyTorch shares storage, Jittor does not.

PyTorch's `p.data` is a detached tensor sharing p's storage and `x[i]` is a view, so
`p.data.normal_()` and `x[i].zero_()` change p and x. In Jittor `p.data` is a numpy array and
`x[i]` is a new Var: the same lines would fail, or silently change a copy. Rewrites:

    p.data.normal_(0, 0.01)        ->  p.normal_(0, 0.01)          in-place method: on p itself
    nn.init.normal_(p.data)        ->  init.normal_(p)             in-place function: on p itself
    nn.init.ones_(b[4:8])  (stmt)  ->  b[4:8] = init.one_(b[4:8])  an init function's result written back
    x[i].zero_()        (statement) ->  x[i] = x[i].zero_()         the result is written back
    p.data[i] = v                  ->  p[i] = v                    Jittor's setitem assigns into p
    p.data += v                    ->  p += v                      Jittor's += assigns into p
    p.data = v                     ->  p.assign(v)                 (Jittor's data setter keeps p's shape)
    y = p.data                     ->  y = p.detach()
    out.data.numpy()               ->  t2j.tensor_data(out).numpy()  owner not provably a tensor
    h = h.data                     ->  h = t2j.tensor_data(h)      h not provably a tensor
    x.view(-1).zero_()             ->  reported: Jittor has no views to write through

`.data` is rewritten only where its owner is known to hold a tensor: a provable tensor, a
parameter-named attribute (`m.weight`, `self.bias`, `attn.in_proj_weight`), or the receiver of an
in-place tensor method (`p.data.zero_()`: only tensors have those; but `self.data.zero_()` is a
user class's tensor attribute and stays). `dataset.data` and `self.data` stay. Where a torch.Tensor
method or property is read from the `.data` of any other owner (`loss.data.numpy()`,
`outputs[i].data.cpu()`, the old idiom), the helper decides at run time: a Var's data as a Var, any
other object's own `data`; so does `h = h.data` (an RNN's hidden state repacked).
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from ..mappings import tensor_api
from . import METHOD_CALL_CHECK, TENSOR_RECEIVER, register

# torch.Tensor's methods and properties: read from `x.data`, they tell that x holds a tensor.
TENSOR_API = tensor_api.METHODS | tensor_api.PROPERTIES

# Attributes that hold parameters or buffers in PyTorch model code.
PARAMETER_ATTRIBUTES = frozenset({"weight", "bias", "running_mean", "running_var"})

# Tensor methods returning a view of the receiver: an in-place method on their result changes
# the receiver in PyTorch, a temporary in Jittor.
VIEW_METHODS = frozenset(
    "view view_as reshape reshape_as t transpose permute narrow select expand expand_as flatten "
    "squeeze unsqueeze diagonal unfold as_strided movedim swapaxes detach".split()
)


def inplace_methods(table) -> frozenset:
    """Names of the in-place tensor methods the mapping table knows (mapped or unsupported).
    Computed per conversion: users extend the table (pjmap_append) between conversions."""
    from ..mappings import UNSUPPORTED_REASONS

    names = {k.rsplit(".", 1)[1] for k in table.raw if k.startswith(("Tensor.", "torch.Tensor."))}
    names |= {k.rsplit(".", 1)[1] for k in UNSUPPORTED_REASONS if k.startswith("torch.Tensor.")}
    names |= {n for n in tensor_api.METHODS if table.in_place_base(n) is not None}  # derived (engine.py)
    return frozenset(n for n in names if n.endswith("_") and not n.startswith("_"))


def inplace_helpers(table, methods: frozenset) -> frozenset:
    """Helper-module functions that implement the in-place tensor `methods` (`tensor_neg_`)."""
    entries = (table.lookup("Tensor." + name) for name in methods)
    names = {e.jittor_name for e in entries if e is not None and e.jittor_module in ("t2j", "jittor_compat")}
    return frozenset(names | {"inplace_"})  # t2j.inplace_(receiver, value): the derived in-place forms


def is_data(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "data"


def is_tensor_data(node: ast.AST) -> bool:
    """`p.data` before an in-place tensor method: a tensor's `.data`, unless it is `self.data`
    (a user class's own attribute, which Jittor code uses just as well)."""
    return is_data(node) and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))


def strip_data(node: ast.AST) -> ast.AST:
    """`x[i].data` -> `x[i]`: the expression an in-place method really acts on."""
    return node.value if is_data(node) else node


def holds_tensor(ctx, node: ast.AST) -> bool:
    """Whether `node` (the owner of a `.data`) is a tensor or parameter."""
    if ctx.types is not None and ctx.types.is_tensor(node):
        return True
    if isinstance(node, ast.Attribute) and node.attr == "grad":
        return True  # `p.grad.data`: a gradient (rules/gradients.py reads it through the helper)
    while isinstance(node, ast.Subscript):
        node = node.value
    return isinstance(node, ast.Attribute) and (
        node.attr in PARAMETER_ATTRIBUTES or node.attr.endswith(("_weight", "_bias"))
    )


def drop_data(fc, node: ast.Attribute) -> None:
    """`p.data` -> `p` (the owner's text, with rewrites already made inside it, stays)."""
    fc.edits.delete(fc.dot_before_attr(node), fc.src.end(node))


def read_data(fc, node: ast.Attribute) -> None:
    """`p.data` -> `p.detach()`."""
    end = fc.src.end(node)
    fc.edits.replace(end - len(b"data"), end, "detach()")


def is_plain_expression(node: ast.AST) -> bool:
    """Names, attributes, constants, indexing and arithmetic: safe to evaluate twice."""
    allowed = (ast.Name, ast.Attribute, ast.Subscript, ast.Slice, ast.Constant, ast.Tuple, ast.BinOp,
               ast.UnaryOp, ast.expr_context, ast.operator, ast.unaryop)
    return all(isinstance(n, allowed) for n in ast.walk(node))


def index_kind(subscript: ast.Subscript) -> str:
    """'basic' (slices, integers, `...`, None: PyTorch returns a view), 'advanced' (lists,
    comparisons, calls: PyTorch copies too), or 'unknown' (a name may hold an int or a tensor)."""
    parts = subscript.slice.elts if isinstance(subscript.slice, ast.Tuple) else [subscript.slice]
    kind = "basic"
    for part in parts:
        if isinstance(part, ast.UnaryOp) and isinstance(part.operand, ast.Constant):
            part = part.operand
        if isinstance(part, ast.Constant) and (part.value is None or part.value is Ellipsis or isinstance(part.value, int)):
            continue
        if isinstance(part, ast.Slice):
            continue
        if isinstance(part, (ast.List, ast.ListComp, ast.Compare, ast.BoolOp, ast.Call)):
            return "advanced"
        kind = "unknown"
    return kind


def inplace_chain(node: ast.AST, inplace: frozenset, helpers: frozenset = frozenset()) -> list[ast.Call]:
    """`x[i].data.neg_().add_(1)` -> [add_ call, neg_ call] when the chain of in-place calls
    starts on an indexed expression (whose change Jittor would lose); else []. `helpers`: names
    of the helper module's in-place functions (`t2j.tensor_neg_(x[i])`, in converted code)."""
    chain = []
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in inplace:
            chain.append(node)
            node = strip_data(node.func.value)
        elif node.func.attr in helpers and isinstance(node.func.value, ast.Name) and node.args:
            node = node.args[0]
        else:
            break
    if chain and isinstance(node, ast.Subscript) and index_kind(node) != "advanced":
        return chain
    return []


def chain_root(chain: list[ast.Call], helpers: frozenset = frozenset()) -> ast.AST:
    """The indexed expression an in-place chain starts on."""
    node = strip_data(chain[-1].func.value)
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in helpers:
        node = node.args[0]
    return node


def _helper_root(node: ast.AST, helpers: frozenset) -> ast.AST | None:
    """`t2j.inplace_(x[i], ...)`, `t2j.tensor_neg_(x[i])`: the indexed receiver of a converted
    in-place call (None for anything else)."""
    root = node
    while (isinstance(root, ast.Call) and isinstance(root.func, ast.Attribute) and root.func.attr in helpers
           and isinstance(root.func.value, ast.Name) and root.args):
        root = root.args[0]
    return root if root is not node and isinstance(root, ast.Subscript) else None


def write_back(fc, statement: ast.Expr, target: ast.AST, api: str, text: str | None = None) -> None:
    """`x[i].zero_()` as a statement -> `x[i] = x[i].zero_()` (`target`: the chain's root, `x[i]`;
    `text`: its text, where the converted call has inserted arguments right after it)."""
    if not is_plain_expression(target):
        fc.diag(D.UNSUPPORTED_API, statement.value,
                f"{api} on an indexed tensor whose index has calls in it is not converted (Jittor's "
                "indexing copies, so the result must be written back: write `x[i] = ...`): left as written", api)
        fc.mark(statement.value, api)
        return
    fc.edits.insert(fc.src.start(statement), f"{text or fc.text(target)} = ")


def report_view_write(fc, call: ast.Call, api: str, context: str) -> None:
    fc.diag(D.UNSUPPORTED_API, call.func,
            f"{api} {context} is not converted (Jittor has no views: it would change a copy): left as written", api)
    fc.mark(call.func, api)


def rewrite_data_assignment(fc, node: ast.Assign) -> None:
    """`p.data = v` -> `p.assign(v)`."""
    target = node.targets[0]
    owner_end = fc.src.end(target.value)
    # The `=` is the first one outside comments after `.data`; a parenthesised value keeps its
    # parentheses, so the closing one goes at the end of the statement.
    equals = fc.src.find_outside_comments(b"=", fc.src.end(target), fc.src.start(node.value))
    after = equals + 1
    while fc.src.data[after:after + 1] in (b" ", b"\t"):
        after += 1
    fc.edits.replace(owner_end, after, ".assign(")
    fc.edits.insert(fc.src.end(node), ")")


class _FileState:
    """What this rule's hooks tell each other while one file is converted."""

    def __init__(self, conv):
        self.inplace = inplace_methods(conv.fc.table)
        self.helpers = inplace_helpers(conv.fc.table, self.inplace)
        self.data_dropped: set[int] = set()  # `.data` nodes a parent decided to drop (`p.data.zero_()`)
        self.data_by_helper: set[int] = set()  # `.data` nodes read through t2j.tensor_data (`out.data.numpy()`)
        self.data_by_helper_done: set[int] = set()  # (a node the engine visits again is edited once)
        self.chain_calls: set[int] = set()  # in-place calls whose result is written back (`x[i] = x[i].zero_()`)
        self.written_back_targets: set[int] = set()
        self.expr_chains: dict[int, list[ast.Call]] = {}
        self.function_write_backs: dict[int, tuple[ast.AST, str, str]] = {}  # `F.relu_(x[0])`: its statement


def cancel_write_back(conv, statement: ast.stmt) -> None:
    """Another rule reported the in-place chain of `statement` (`parts[1].fill_(3)`, `parts` a tuple of
    views): it is left as written, not written back."""
    state = conv.state(_FileState)
    chain = state.expr_chains.pop(id(statement), None)
    if chain:
        state.chain_calls.difference_update(id(c) for c in chain)


def is_written_back(conv, target: ast.AST) -> bool:
    """An assignment target that already receives an in-place chain's result (`x[i] = x[i].zero_()`)."""
    return id(target) in conv.state(_FileState).written_back_targets


# -- hooks: the `.data` owner drops `.data` -----------------------------------------------------
@register(ast.Call, before=True)
def _inplace_method_on_data(conv, node: ast.Call) -> None:
    func = node.func
    # `p.data.zero_()`: on p itself
    if (isinstance(func, ast.Attribute) and is_tensor_data(func.value)
            and func.attr in conv.state(_FileState).inplace and conv.qualname(func) is None):
        conv.state(_FileState).data_dropped.add(id(func.value))


@register(ast.Call, before=True)
def _inplace_function_on_data(conv, node: ast.Call) -> None:
    # `nn.init.normal_(m.weight.data, 0.0, 0.02)` (DCGAN's weights_init): on m.weight itself; as
    # `m.weight.detach()` the function filled a copy and the weight kept its values
    q = conv.qualname(node.func)
    if not (q and q.startswith("torch.") and q.endswith("_") and not q.rsplit(".", 1)[1].startswith("_")):
        return
    target = node.args[0] if node.args and not isinstance(node.args[0], ast.Starred) else next(
        (kw.value for kw in node.keywords if kw.arg in ("tensor", "input")), None)
    if target is not None and is_tensor_data(target):
        conv.state(_FileState).data_dropped.add(id(target))


@register(ast.Expr, before=True)
def _init_function_on_index(conv, node: ast.Expr) -> None:
    # `nn.init.constant_(lstm.bias_ih_l0[4:8], 1.0)` (a forget-gate bias), `F.relu_(x[:, 1])` as a
    # statement: Jittor's indexing copies, so the changed part is written back
    call = node.value
    if not (isinstance(call, ast.Call) and call.args and conv.uses_torch):
        return
    q = conv.qualname(call.func)
    target = call.args[0]
    if (q and _changes_first_argument(conv, q, call) and isinstance(target, ast.Subscript)
            and index_kind(target) != "advanced" and _tensor_index(conv, target) is None):
        text = _text_without_data(conv.fc, target)
        if text is not None:  # `nn.init.zeros_(p.data[0])`: on p itself, `p[0] = init.zero_(p[0])`
            conv.state(_FileState).data_dropped.add(id(_indexed_owner(target)))
        conv.state(_FileState).function_write_backs[id(node)] = (target, q, text or conv.fc.text(target))


@register(ast.Expr)
def _write_back_function_statement(conv, node: ast.Expr) -> None:
    # (after the call is converted: its own edits cover the statement's start)
    found = conv.state(_FileState).function_write_backs.pop(id(node), None) if conv.uses_torch else None
    if found is not None:
        write_back(conv.fc, node, *found)


def _changes_first_argument(conv, q: str, call: ast.Call) -> bool:
    """An init function (`nn.init.zeros_`), a torch in-place function (`torch.relu_`, `F.relu_`,
    `torch.clamp_`) or `F.relu(..., inplace=True)`: each changes its first argument and returns it
    (or its changed value)."""
    from .inplace_activations import FUNCTIONAL_IN_PLACE_CAPABLE, inplace_flag  # (it imports nothing of this one)

    name = q.rsplit(".", 1)[1]
    if name.endswith("_") and not name.startswith("_"):
        module = q.rsplit(".", 1)[0]
        return module in ("torch", "torch.nn.init", "torch.nn.functional")
    return q in FUNCTIONAL_IN_PLACE_CAPABLE and inplace_flag(conv, q, call)


# Tensor methods whose pieces are views of the receiver in PyTorch (copies in Jittor)
PIECE_METHODS = frozenset({"chunk", "split", "unbind", "tensor_split", "split_with_sizes"})


@register(ast.For, before=True)
def _init_function_on_pieces(conv, node: ast.For) -> None:
    # `for gate in w.data.chunk(4, 0): nn.init.orthogonal_(gate)` fills w's pieces in PyTorch; in
    # Jittor the pieces are copies and w keeps its values: reported
    it, target = node.iter, node.target
    if not (conv.uses_torch and isinstance(target, ast.Name) and isinstance(it, ast.Call)
            and isinstance(it.func, ast.Attribute) and it.func.attr in PIECE_METHODS):
        return
    for stmt in node.body:
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Name)
                and call.args[0].id == target.id):
            continue
        q = conv.qualname(call.func)
        if q and q.startswith("torch.nn.init.") and q.endswith("_"):
            conv.fc.diag(D.UNSUPPORTED_API, call.func,
                         f"{q} on a piece of `{it.func.attr}()` fills a copy in Jittor (no views), so the tensor "
                         "keeps its values: fill it through slices instead", q)


@register(ast.Attribute, before=True)
def _tensor_api_on_data(conv, node: ast.Attribute) -> None:
    # `out.data.numpy()` with `out` not provably a tensor: Jittor's `.data` would be a numpy array
    data = node.value
    if not (is_tensor_data(data) and isinstance(data.ctx, ast.Load) and conv.uses_torch):
        return
    state = conv.state(_FileState)
    if (node.attr in TENSOR_API and node.attr not in state.inplace and id(data) not in state.data_dropped
            and id(data) not in state.data_by_helper_done and not holds_tensor(conv.ctx, data.value)):
        state.data_by_helper.add(id(data))


@register(ast.Assign, before=True)
def _data_repacked(conv, node: ast.Assign) -> None:
    # `h = h.data`: an RNN's hidden state cut from the last step's graph (the old idiom); in Jittor
    # `.data` would hand the next step a numpy array
    value = node.value
    if not (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and is_tensor_data(value)
            and isinstance(value.value, ast.Name) and conv.uses_torch):
        return
    from ..untyped_receivers import not_tensor  # (it imports this module)

    state = conv.state(_FileState)
    types = conv.ctx.types
    if (id(value) in state.data_by_helper_done or holds_tensor(conv.ctx, value.value)
            or (types is not None and not_tensor(types, value.value))
            or conv.resolver.is_imported_module_name(value.value.id, conv.ctx.scope)):
        return
    state.data_by_helper.add(id(value))


def _read_by_helper_if_owner_may_be_tensor(conv, data: ast.AST) -> None:
    """`x.data` in a place only a tensor fits, x not provably a tensor nor provably something else:
    read through the helper (a Var's detached self, any other object's own `data`)."""
    if not (is_tensor_data(data) and isinstance(data.ctx, ast.Load)):
        return
    from ..untyped_receivers import not_tensor  # (it imports this module)

    owner, types = data.value, conv.ctx.types
    state = conv.state(_FileState)
    if (id(data) in state.data_by_helper_done or id(data) in state.data_dropped or holds_tensor(conv.ctx, owner)
            or (types is not None and not_tensor(types, owner)) or conv.qualname(owner)
            or (isinstance(owner, ast.Name) and conv.resolver.is_imported_module_name(owner.id, conv.ctx.scope))):
        return
    state.data_by_helper.add(id(data))


@register(ast.Call, before=True)
def _data_passed_to_torch(conv, node: ast.Call) -> None:
    # `torch.cat((real_A.data, fake_B.data), -2)`, `save_image(gen_imgs.data[:25], ...)`: the old
    # idiom for a detached tensor, on a value (a module's output, a parameter) not provably a tensor
    if not conv.uses_torch or not (conv.qualname(node.func) or "").startswith(("torch.", "torchvision.")):
        return
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        for item in arg.elts if isinstance(arg, (ast.Tuple, ast.List)) else [arg]:
            while True:  # `gen_imgs.data[:25]`, `fake.data[:4].reshape(4, 1, 28, 28)`
                if isinstance(item, ast.Subscript):
                    item = item.value
                elif isinstance(item, ast.Call) and isinstance(item.func, ast.Attribute):
                    item = item.func.value
                else:
                    break
            _read_by_helper_if_owner_may_be_tensor(conv, item)


@register(ast.BinOp, before=True)
def _data_in_arithmetic(conv, node: ast.BinOp) -> None:
    # `alpha * real.data + (1 - alpha) * fake.data` (WGAN-GP's interpolation)
    if conv.uses_torch:
        _read_by_helper_if_owner_may_be_tensor(conv, node.left)
        _read_by_helper_if_owner_may_be_tensor(conv, node.right)


@register(ast.For, before=True)
def _data_iterated(conv, node: ast.For) -> None:
    # `for element in data.data:` (a replay buffer's rows): Jittor's `.data` would give numpy rows
    if conv.uses_torch:
        _read_by_helper_if_owner_may_be_tensor(conv, node.iter)


@register(ast.Subscript, before=True)
def _setitem_on_data(conv, node: ast.Subscript) -> None:
    # `p.data[i] = v`: Jittor's setitem on p itself
    if not isinstance(node.ctx, ast.Load) and is_data(node.value) and conv.uses_torch:
        if holds_tensor(conv.ctx, node.value.value):
            conv.state(_FileState).data_dropped.add(id(node.value))


@register(ast.AugAssign, before=True)
def _augassign_on_data(conv, node: ast.AugAssign) -> None:
    target = node.target
    if is_data(target) and conv.uses_torch and holds_tensor(conv.ctx, target.value):
        conv.state(_FileState).data_dropped.add(id(target))  # `p.data += v`: Jittor's += assigns into p


@register(ast.Attribute)
def _data_attribute(conv, node: ast.Attribute) -> None:
    if node.attr != "data" or not conv.uses_torch:
        return
    state = conv.state(_FileState)
    if id(node) in state.data_dropped:
        state.data_dropped.discard(id(node))
        drop_data(conv.fc, node)
    elif id(node) in state.data_by_helper:
        state.data_by_helper.discard(id(node))
        state.data_by_helper_done.add(id(node))
        fc = conv.fc
        start, end = fc.src.start(node), fc.src.end(node)
        if fc.has_comment(start, end):
            return
        fc.edits.replace(start, end, f"{fc.helper('tensor_data')}({fc.text(node.value)})")
    elif isinstance(node.ctx, ast.Load) and holds_tensor(conv.ctx, node.value):
        read_data(conv.fc, node)


# -- hooks: in-place chains on indexed tensors are written back ---------------------------------
@register(ast.Assign, before=True)
def _already_written_back(conv, node: ast.Assign) -> None:
    state = conv.state(_FileState)
    chain = inplace_chain(node.value, state.inplace, state.helpers)
    root = chain_root(chain, state.helpers) if chain else _helper_root(node.value, state.helpers)
    if root is not None and len(node.targets) == 1 and ast.unparse(node.targets[0]) == ast.unparse(root):
        # `x[i] = x[i].zero_()`: already written back (a second conversion must not report it;
        # the value has the target's full shape, so the target needs no `...` either)
        state.chain_calls.update(id(c) for c in chain)
        state.written_back_targets.add(id(node.targets[0]))


@register(ast.Assign)
def _data_assignment(conv, node: ast.Assign) -> None:
    target = node.targets[0]
    if (len(node.targets) == 1 and is_data(target) and conv.uses_torch
            and holds_tensor(conv.ctx, target.value)):
        rewrite_data_assignment(conv.fc, node)


@register(ast.Expr, before=True)
def _find_chain_statement(conv, node: ast.Expr) -> None:
    if not conv.uses_torch:
        return
    state = conv.state(_FileState)
    chain = inplace_chain(node.value, state.inplace, state.helpers)
    if chain and not _module_item_root(conv, chain, state.helpers):
        root = chain_root(chain, state.helpers)
        index = _tensor_index(conv, root)
        if index is not None:
            # `x[idx].fill_(9)`: a view only where idx is a 0-dim integer tensor, a copy otherwise
            api = "torch.Tensor." + chain[0].func.attr
            conv.fc.diag(D.UNSUPPORTED_API, chain[0].func,
                         f"{api} on `{ast.unparse(root)}`, indexed by the tensor `{index}`: PyTorch changes the indexed "
                         "tensor only when the index is a 0-dim integer tensor (a view), a copy otherwise; Jittor's "
                         "indexing always copies (assign the result with `x[idx] = ...`): left as written", api)
            conv.fc.mark(chain[0].func, api)
            return
        state.chain_calls.update(id(c) for c in chain)
        state.expr_chains[id(node)] = chain
        owner = _indexed_owner(root)
        if is_tensor_data(owner):
            # `p.data[i].zero_()` -> `p[i] = p[i].zero_()`: written back into p itself (as
            # `p.detach()[i] = ...` it changed a copy)
            state.data_dropped.add(id(owner))


def _tensor_index(conv, subscript: ast.AST) -> str | None:
    """The first part of the index of `subscript` that is a provable tensor (`x[idx]`, `x[:, m]`)."""
    types = conv.ctx.types
    if types is None or not isinstance(subscript, ast.Subscript):
        return None
    parts = subscript.slice.elts if isinstance(subscript.slice, ast.Tuple) else [subscript.slice]
    for part in parts:
        if isinstance(part, ast.Name) and types.is_tensor(part):
            return part.id
    return None


def _module_item_root(conv, chain: list[ast.Call], helpers: frozenset) -> bool:
    """`net[0].requires_grad_(False)`: a layer of a Sequential, not a copy of a tensor (Jittor's
    containers hand out the module itself, a ParameterList its Var itself)."""
    from .module_methods import is_module_item  # (module_methods imports gradients, which imports this module)

    return is_module_item(chain_root(chain, helpers), conv.ctx)


@register(ast.Expr)
def _write_back_chain_statement(conv, node: ast.Expr) -> None:
    if not conv.uses_torch:
        return
    state = conv.state(_FileState)
    chain = state.expr_chains.pop(id(node), None)
    if chain:
        root = chain_root(chain, state.helpers)
        write_back(conv.fc, node, root, "torch.Tensor." + chain[0].func.attr, _text_without_data(conv.fc, root))


def _indexed_owner(node: ast.AST) -> ast.AST:
    """`p.data` of `p.data[0][1:]`."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return node


def _text_without_data(fc, root: ast.AST) -> str | None:
    """The text of `p.data[i]` written back as `p[i]`: its parts around `.data`, with their own
    rewrites (a converted call that took the root in, `t2j.tensor_copy_(p[i], v)`, folded the dropped
    `.data` into its own text, so the root's span alone still reads `p.data[i]`)."""
    owner = _indexed_owner(root)
    if not is_tensor_data(owner):
        return None
    return fc.edits.render(fc.src.start(root), fc.dot_before_attr(owner)) + fc.edits.render(fc.src.end(owner), fc.src.end(root))


# -- hooks: method calls on receivers the engine cannot type -----------------------------------
@register(TENSOR_RECEIVER)
def _inplace_receiver(conv, call: ast.Call) -> bool:
    """Only tensors have in-place tensor methods: `p.data.zero_()`, `m.weight.fill_(1)`, and
    `x[i].zero_()` as a statement (written back)."""
    func = call.func
    state = conv.state(_FileState)
    return func.attr in state.inplace and (
        is_tensor_data(func.value) or id(call) in state.chain_calls or holds_tensor(conv.ctx, func.value))


@register(METHOD_CALL_CHECK)
def _inplace_target(conv, node: ast.Call) -> bool:
    """An in-place method on something Jittor copies. On an indexed tensor, as a statement,
    it is written back; used as a value, or on a view, it is reported.
    False when reported (the call is then left as written)."""
    func = node.func
    state = conv.state(_FileState)
    if func.attr not in state.inplace or id(node) in state.chain_calls:
        return True
    target = strip_data(func.value)
    api = "torch.Tensor." + func.attr
    ctx = conv.ctx
    if isinstance(target, ast.Subscript):
        # Only a certain view is reported: `x[mask]`, `x[[0, 2]]` copy in PyTorch too.
        if index_kind(target) == "basic" and (is_data(func.value) or holds_tensor(ctx, target.value)):
            report_view_write(conv.fc, node, api, "on an indexed tensor, used as a value,")
            return False
        return True
    if (isinstance(target, ast.Call) and isinstance(target.func, ast.Attribute)
            and target.func.attr in VIEW_METHODS and ctx.types is not None
            and ctx.types.is_tensor(target)):
        report_view_write(conv.fc, node, api, f"on the view returned by .{target.func.attr}()")
        return False
    return True
