import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './extra-cells.js';

ruleTester(rule, examples);
