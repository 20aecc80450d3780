"""torch.* random sampling and seeding ("Random sampling"). Values differ between the frameworks
by nature; distributions, shapes and dtypes match."""
from ..schema import function, helper

_GRAD = ("requires_grad",)  # the helpers make a leaf requiring gradients of what they create
# an explicit torch.Generator's draws are PyTorch's numbers (runtime/jittor_compat/generator.py)
_KEEP = _GRAD + ("generator",)

_RANDOM = ("*size, generator=None, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False,"
           " pin_memory=False")
_RANDOM_LIKE = ("input, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False,"
                " memory_format=torch.preserve_format")

ENTRIES = {
    # jt.rand/jt.randn ignore their dtype argument (always float32): helpers.
    "torch.rand": function(_RANDOM, "t2j", "rand", keep=_KEEP),
    "torch.randn": function(_RANDOM, "t2j", "randn", keep=_KEEP),
    "torch.rand_like": function(_RANDOM_LIKE, "t2j", "rand_like", keep=_KEEP),
    "torch.randn_like": function(_RANDOM_LIKE, "t2j", "randn_like", keep=_KEEP),
    "torch.randint": function(
        "low=0, high=None, size=None, *, generator=None, out=None, dtype=None, layout=torch.strided, device=None,"
        " requires_grad=False", "t2j", "randint", keep=("generator",)),
    "torch.randint_like": function(
        "input, low=0, high=None, *, generator=None, dtype=None, layout=torch.strided, device=None,"
        " requires_grad=False, memory_format=torch.preserve_format", "t2j", "randint_like", keep=("generator",)),
    "torch.randperm": function(
        "n, *, generator=None, out=None, dtype=torch.int64, layout=torch.strided, device=None,"
        " requires_grad=False, pin_memory=False", "t2j", "randperm", "n, generator=None, dtype=None",
        keep=("generator",)),
    "torch.bernoulli": helper("input, p=None, *, generator=None, out=None", "bernoulli", unsupported=["out"]),
    # numpy draws the categories (no gradient, as PyTorch's multinomial has none)
    "torch.multinomial": helper("input, num_samples, replacement=False, *, generator=None, out=None", "multinomial",
                                unsupported=["out"]),
    "torch.normal": helper("mean, std=1.0, size=None, *, generator=None, out=None, dtype=None, layout=None,"
                           " device=None, pin_memory=None, requires_grad=False", "normal", unsupported=["out"],
                           delete=["layout", "device", "pin_memory", "requires_grad"]),
    # numpy draws them, seeded with Jittor's seed (no gradient, as PyTorch's have none)
    "torch.binomial": function("count, prob, generator=None", "t2j", "binomial"),
    "torch.poisson": function("input, generator=None", "t2j", "poisson"),
    # Jittor cannot read its generators' state: get_rng_state reseeds them with a fresh seed and returns it, so that
    # set_rng_state(state) repeats the draws made after get_rng_state
    **{f"{ns}.get_rng_state": helper("", "get_rng_state", note="reseeds the generators (Jittor's state cannot be "
                                     "read): the returned state repeats the draws made after this call")
       for ns in ("torch", "torch.random")},
    **{f"{ns}.set_rng_state": helper("new_state", "set_rng_state") for ns in ("torch", "torch.random")},
    **{f"{ns}.seed": helper("", "seed") for ns in ("torch", "torch.random")},
    "torch.Generator": helper("device='cpu'", "Generator"),
    "torch.manual_seed": helper("seed", "manual_seed"),
    "torch.random.manual_seed": helper("seed", "manual_seed"),
    "torch.initial_seed": helper("", "initial_seed"),
    "torch.random.initial_seed": helper("", "initial_seed"),
}

UNSUPPORTED = {}
