"""Parity of all 21 seed-family builders: torchvision's PyTorch model vs. its converted file.

For each builder: PyTorch model (torch.manual_seed(0), no downloads) and the converted Jittor model
get the same parameters and buffers, the same numpy input (batch 2, 224x224), eval mode. Prints a
markdown table: mean relative error (the seed's formula), max absolute error, the largest output
(randomly initialised deep ResNets reach large outputs: read the absolute error against it) and
whether the state_dict keys match.

    python benchmarks/parity_torchvision.py [--builders resnet18,vgg11] [--batch 2]
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time

os.environ.setdefault("nvcc_path", "")
os.environ.setdefault("log_silent", "1")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    from torch2jittor.torchvision_models import BUILDER_FILE, SEED_FAMILIES

    parser.add_argument("--builders", default=",".join(BUILDER_FILE))
    parser.add_argument("--batch", type=int, default=2)
    args = parser.parse_args(argv)

    import numpy as np
    import torch
    import torchvision

    from torch2jittor.torchvision_models import convert_torchvision_files, import_converted
    from torch2jittor.verify import compare

    out = tempfile.mkdtemp(prefix="t2j-parity-")
    convert_torchvision_files(list(SEED_FAMILIES), out)
    image = np.random.RandomState(0).random_sample((args.batch, 3, 224, 224)).astype("float32")
    print(f"torch {torch.__version__}, torchvision {torchvision.__version__}, jittor {__import__('jittor').__version__}; "
          f"input {tuple(image.shape)}, CPU, threads {torch.get_num_threads()}")
    print()
    print("| model | mean rel err | max abs err | max abs output | state_dict keys |")
    print("| --- | ---: | ---: | ---: | --- |")
    worst = 0.0
    failed = []
    for builder in args.builders.split(","):
        started = time.perf_counter()
        module = import_converted(BUILDER_FILE[builder], out)
        torch.manual_seed(0)
        pt_model = getattr(torchvision.models, builder)(weights=None)
        jt_model = getattr(module, builder)(weights=None)
        result = compare(pt_model, jt_model, image)
        worst = max(worst, result.mean_rel_err)
        keys = "identical" if result.keys_match else f"differ: {result.only_in_pytorch[:2]} {result.only_in_jittor[:2]}"
        print(f"| {builder} | {result.mean_rel_err:.2e} | {result.max_abs_err:.2e} | {result.max_abs_output:.2e} | {keys} |",
              flush=True)
        print(f"  ({time.perf_counter() - started:.1f}s)", file=sys.stderr)
        if not result.ok():
            failed.append(builder)
        del pt_model, jt_model
        gc.collect()
    print()
    print(f"worst mean relative error: {worst:.2e}; over 1e-3 or keys differing: {', '.join(failed) or 'none'}")
    print("(state_dict keys compared without PyTorch's BatchNorm `num_batches_tracked` counters, which Jittor has not)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
