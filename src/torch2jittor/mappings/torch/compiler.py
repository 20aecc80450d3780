"""torch.compile, torch.compiler (torch/compiler/__init__.py) and torch.__version__: version and compile-mode checks
take the eager path, the one converted code runs."""
from ..schema import helper

ENTRIES = {
    # Jittor compiles every operator itself: the model (or function) runs as it is. PyTorch's wrapper
    # names its state_dict keys `_orig_mod.<name>`; the model's own keys are the plain names.
    "torch.compile": helper("model=None, *, fullgraph=False, dynamic=None, backend='inductor', mode=None, "
                            "options=None, disable=False", "compile"),
    "torch.__version__": helper("", "TORCH_VERSION"),
    "torch.compiler.is_compiling": helper("", "compiler_is_compiling"),
    "torch.compiler.is_dynamo_compiling": helper("", "compiler_is_compiling"),
    "torch.compiler.is_exporting": helper("", "compiler_is_compiling"),
    "torch.compiler.disable": helper("fn=None, recursive=True, *, reason=None", "compiler_disable"),
    # torch.compile's control-flow operators, run eagerly as PyTorch runs them outside a compiled region
    "torch.cond": helper("pred, true_fn, false_fn, operands=()", "cond"),
    "torch.while_loop": helper("cond_fn, body_fn, carried_inputs", "while_loop"),
}

ALIASES = {
    "torch._dynamo.is_compiling": "torch.compiler.is_compiling",
    "torch._utils.is_compiling": "torch.compiler.is_compiling",
    "torch._dynamo.disable": "torch.compiler.disable",
}
