import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './cell-lookalike-zero.js';

ruleTester(rule, examples);
