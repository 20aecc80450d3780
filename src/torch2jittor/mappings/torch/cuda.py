"""torch.cuda queries and seeding: Jittor places every Var by jt.flags.use_cuda."""
from ..schema import helper

ENTRIES = {
    "torch.cuda.manual_seed": helper("seed", "manual_seed"),
    "torch.cuda.manual_seed_all": helper("seed", "manual_seed"),
    "torch.cuda.is_available": helper("", "cuda_is_available"),
    "torch.cuda.device_count": helper("", "cuda_device_count"),
    "torch.cuda.synchronize": helper("device=None", "cuda_synchronize"),
}
