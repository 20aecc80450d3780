"""torch.nn.DataParallel and DistributedDataParallel (torch/nn/parallel/)."""
from ..schema import layer

ENTRIES = {
    "torch.nn.DataParallel": layer("module, device_ids=None, output_device=None, dim=0", "DataParallel"),
}

UNSUPPORTED = {
    "torch.nn.parallel.DistributedDataParallel": "multi-process training is set up differently in Jittor "
                                                 "(mpirun with jittor's MPI); use the wrapped module directly",
}
